/**
 * Runs the difficulty simulation for a request, in a Web Worker when there is one (in-thread
 * otherwise, as in tests), cancelling a run whose request has changed.
 */
import { useEffect, useState } from 'react';
import type { SimulationOutcome, SimulationRequest } from './runSimulation.ts';

export type { SimulationOutcome, SimulationRequest } from './runSimulation.ts';

export type SimulationRunner = (
  request: SimulationRequest,
  signal: AbortSignal,
) => Promise<SimulationOutcome>;

const abortError = () => new DOMException('simulation cancelled', 'AbortError');

// The engine stays out of the first load: the in-thread path fetches it when first needed.
const inThread = (request: SimulationRequest) =>
  import('./runSimulation.ts').then((m) => m.runSimulation(request));

export const defaultRunner: SimulationRunner = (request, signal) => {
  if (signal.aborted) return Promise.reject(abortError());
  if (typeof Worker === 'undefined')
    return inThread(request).then((outcome) => {
      if (signal.aborted) throw abortError();
      return outcome;
    });
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./difficulty.worker.ts', import.meta.url), {
      type: 'module',
    });
    const cancel = () => {
      worker.terminate();
      reject(abortError());
    };
    const finish = (outcome: SimulationOutcome | Promise<SimulationOutcome>) => {
      signal.removeEventListener('abort', cancel);
      worker.terminate();
      resolve(outcome);
    };
    signal.addEventListener('abort', cancel, { once: true });
    worker.onmessage = (event: MessageEvent<SimulationOutcome>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      finish(inThread(request));
    };
    worker.postMessage(request);
  });
};

export type DifficultyState =
  | { status: 'running' }
  | { status: 'done'; outcome: SimulationOutcome; request: SimulationRequest };

/** The simulation of `request`; `running` until the outcome of this exact request arrives. */
export function useDifficulty(
  request: SimulationRequest,
  runner: SimulationRunner = defaultRunner,
): DifficultyState {
  const { text, fileName, runs, seed } = request;
  const [done, setDone] = useState<{
    request: SimulationRequest;
    outcome: SimulationOutcome;
  } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const current = { text, fileName, runs, seed };
    runner(current, controller.signal).then(
      (outcome) => {
        if (!controller.signal.aborted) setDone({ request: current, outcome });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setDone({ request: current, outcome: { ok: false, problems: [message] } });
      },
    );
    return () => controller.abort();
  }, [text, fileName, runs, seed, runner]);

  const fresh =
    done !== null &&
    done.request.text === text &&
    done.request.fileName === fileName &&
    done.request.runs === runs &&
    done.request.seed === seed;
  return fresh ? { status: 'done', ...done } : { status: 'running' };
}
