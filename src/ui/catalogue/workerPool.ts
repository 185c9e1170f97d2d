/**
 * A few reusable workers behind a priority queue. The catalogue used to start one worker per
 * scenario file: fourteen workers each compiling the engine on a two-core machine made the
 * lobby wait seconds for its first card. Here at most `size` workers run, each boots once, and
 * urgent jobs (loading a file) go before slow ones (analysing it).
 */

/** What the pool needs of a `Worker` (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface PoolOptions {
  create: () => WorkerLike;
  /** Most workers alive at once. */
  size: number;
  /** Idle workers are ended after this long without work (their engine heap is freed). */
  idleMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}

export interface RunOptions {
  /** Lower runs first; equal priorities run in the order they were asked for. */
  priority?: number;
  /** Aborting drops a queued job, or ends the worker running it; the promise rejects. */
  signal?: AbortSignal | undefined;
}

export interface WorkerPool {
  run<T>(message: unknown, options?: RunOptions): Promise<T>;
  /** Starts up to `count` workers ahead of their first job (each boots the engine once). */
  warm(count: number): void;
  /** Workers alive now (for tests and the bench). */
  size(): number;
  /** Ends every worker; queued and running jobs reject. */
  close(): void;
}

/** The worker failed (a load error, an exception): the caller may do the work itself. */
export class WorkerFailedError extends Error {
  override name = 'WorkerFailedError';
}

const abortError = () => new DOMException('analysis cancelled', 'AbortError');

interface Job {
  message: unknown;
  priority: number;
  seq: number;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  cleanup: () => void;
}

interface Slot {
  worker: WorkerLike;
  job: Job | null;
}

export function createWorkerPool(options: PoolOptions): WorkerPool {
  const { create, idleMs = 10_000 } = options;
  const size = Math.max(1, Math.floor(options.size));
  const setTimer = options.setTimer ?? ((cb, ms) => setTimeout(cb, ms));
  const clearTimer = options.clearTimer ?? ((id) => clearTimeout(id as number));
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let seq = 0;
  let idleTimer: unknown = null;

  const remove = (slot: Slot) => {
    slot.worker.onmessage = null;
    slot.worker.onerror = null;
    slot.worker.terminate();
    slots.splice(slots.indexOf(slot), 1);
  };

  const settle = (slot: Slot, outcome: (job: Job) => void) => {
    const job = slot.job;
    if (!job) return;
    slot.job = null;
    job.cleanup();
    outcome(job);
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: create(), job: null };
    slot.worker.onmessage = (event) => {
      settle(slot, (job) => job.resolve(event.data));
      pump();
    };
    slot.worker.onerror = (event) => {
      event.preventDefault();
      // A worker that threw is not trusted with the next job.
      const job = slot.job;
      remove(slot);
      if (job) {
        job.cleanup();
        job.reject(new WorkerFailedError(event.message || 'worker failed'));
      }
      pump();
    };
    slots.push(slot);
    return slot;
  };

  const endIdleWorkers = () => {
    idleTimer = null;
    if (queue.length) return;
    for (const slot of [...slots]) if (!slot.job) remove(slot);
  };

  function pump() {
    while (queue.length) {
      const slot = slots.find((s) => !s.job) ?? (slots.length < size ? spawn() : null);
      if (!slot) break;
      const job = queue.shift()!;
      slot.job = job;
      slot.worker.postMessage(job.message);
    }
    if (idleTimer !== null) clearTimer(idleTimer);
    idleTimer =
      queue.length === 0 && slots.some((s) => !s.job) ? setTimer(endIdleWorkers, idleMs) : null;
  }

  const enqueue = (job: Job) => {
    const at = queue.findIndex(
      (q) => q.priority > job.priority || (q.priority === job.priority && q.seq > job.seq),
    );
    if (at < 0) queue.push(job);
    else queue.splice(at, 0, job);
  };

  return {
    run<T>(message: unknown, { priority = 0, signal }: RunOptions = {}): Promise<T> {
      if (signal?.aborted) return Promise.reject(abortError());
      return new Promise<T>((resolve, reject) => {
        const job: Job = {
          message,
          priority,
          seq: seq++,
          resolve: resolve as (value: unknown) => void,
          reject,
          cleanup: () => signal?.removeEventListener('abort', onAbort),
        };
        function onAbort() {
          const queued = queue.indexOf(job);
          if (queued >= 0) queue.splice(queued, 1);
          const running = slots.find((s) => s.job === job);
          if (running) remove(running);
          job.cleanup();
          reject(abortError());
          pump();
        }
        signal?.addEventListener('abort', onAbort, { once: true });
        enqueue(job);
        pump();
      });
    },
    warm(count) {
      while (slots.length < Math.min(count, size)) spawn();
      pump();
    },
    size: () => slots.length,
    close() {
      if (idleTimer !== null) clearTimer(idleTimer);
      idleTimer = null;
      const pending = [...queue.splice(0), ...slots.flatMap((s) => (s.job ? [s.job] : []))];
      for (const slot of [...slots]) remove(slot);
      for (const job of pending) {
        job.cleanup();
        job.reject(abortError());
      }
    },
  };
}
