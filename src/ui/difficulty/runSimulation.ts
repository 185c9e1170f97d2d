/** Load + simulate one scenario text: shared by the worker and the in-thread fallback. */
import {
  formatProblem,
  loadScenario,
  simulateDifficulty,
  type SimulationResult,
} from '../../engine/index.ts';

export interface SimulationRequest {
  text: string;
  fileName: string;
  runs: number;
  seed: number;
}

export type SimulationOutcome =
  { ok: true; result: SimulationResult } | { ok: false; problems: string[] };

export function runSimulation({
  text,
  fileName,
  runs,
  seed,
}: SimulationRequest): SimulationOutcome {
  try {
    const loaded = loadScenario(text, fileName);
    if (!loaded.ok) return { ok: false, problems: loaded.problems.map(formatProblem) };
    return {
      ok: true,
      result: simulateDifficulty(loaded.model, { runs, seed, machine: loaded.machine }),
    };
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
}
