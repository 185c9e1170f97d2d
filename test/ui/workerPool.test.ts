import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeText, loadText } from '../../src/ui/catalogue/analyze.ts';
import { workerAnalyzer, workerCount } from '../../src/ui/catalogue/workerAnalyzer.ts';
import {
  WorkerFailedError,
  createWorkerPool,
  type WorkerLike,
} from '../../src/ui/catalogue/workerPool.ts';
import { tinyText } from './drillFixtures.tsx';

/** A worker that answers only when the test says so. */
class FakeWorker implements WorkerLike {
  static all: FakeWorker[] = [];
  received: unknown[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(message: unknown) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: unknown) {
    this.onmessage?.(new MessageEvent('message', { data }));
  }
  fail() {
    this.onerror?.(new ErrorEvent('error', { message: 'boom', cancelable: true }));
  }
}

function setup(size = 2) {
  FakeWorker.all = [];
  const timers: (() => void)[] = [];
  const pool = createWorkerPool({
    create: () => new FakeWorker(),
    size,
    setTimer: (cb) => timers.push(cb),
    clearTimer: () => {},
  });
  return { pool, timers, workers: FakeWorker.all };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('catalogue worker pool', () => {
  it('runs at most `size` workers and reuses them for queued jobs', async () => {
    const { pool, workers } = setup(2);
    const results = [1, 2, 3, 4, 5].map((n) => pool.run<number>(n));
    expect(workers).toHaveLength(2);
    expect(workers.map((w) => w.received)).toEqual([[1], [2]]);
    workers[0]!.answer(10);
    expect(workers[0]!.received).toEqual([1, 3]);
    workers[1]!.answer(20);
    workers[0]!.answer(30);
    workers[1]!.answer(40);
    workers[0]!.answer(50);
    expect(await Promise.all(results)).toEqual([10, 20, 30, 40, 50]);
    expect(FakeWorker.all).toHaveLength(2);
  });

  it('runs urgent jobs first, in the order they were asked for', () => {
    const { pool, workers } = setup(1);
    void pool.run('busy');
    void pool.run('analyse a', { priority: 1 });
    void pool.run('load b', { priority: 0 });
    void pool.run('load c', { priority: 0 });
    for (let i = 0; i < 3; i++) workers[0]!.answer(null);
    expect(workers[0]!.received).toEqual(['busy', 'load b', 'load c', 'analyse a']);
  });

  it('drops a queued job on abort, and ends the worker of a running one', async () => {
    const { pool, workers } = setup(1);
    const running = new AbortController();
    const queued = new AbortController();
    const first = pool.run('first', { signal: running.signal });
    const second = pool.run('second', { signal: queued.signal });
    const third = pool.run<string>('third');
    queued.abort();
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
    running.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers[0]!.terminated).toBe(true);
    // A fresh worker takes the next job; the dropped one was never sent.
    expect(workers[1]!.received).toEqual(['third']);
    workers[1]!.answer('done');
    expect(await third).toBe('done');
  });

  it('rejects with WorkerFailedError when a worker fails, and replaces it', async () => {
    const { pool, workers } = setup(1);
    const failing = pool.run('a');
    const next = pool.run<string>('b');
    workers[0]!.fail();
    await expect(failing).rejects.toBeInstanceOf(WorkerFailedError);
    expect(workers[0]!.terminated).toBe(true);
    workers[1]!.answer('ok');
    expect(await next).toBe('ok');
  });

  it('ends idle workers after a while, and starts again on demand', async () => {
    const { pool, timers, workers } = setup(2);
    const a = pool.run('a');
    workers[0]!.answer('A');
    await a;
    expect(pool.size()).toBe(1);
    timers.at(-1)!();
    expect(pool.size()).toBe(0);
    expect(workers[0]!.terminated).toBe(true);
    void pool.run('b');
    expect(pool.size()).toBe(1);
    await flush();
  });

  it('warms workers ahead of their first job, within the size', () => {
    const { pool, workers } = setup(2);
    pool.warm(5);
    expect(pool.size()).toBe(2);
    void pool.run('a');
    expect(workers[0]!.received).toEqual(['a']);
    expect(FakeWorker.all).toHaveLength(2);
  });

  it('sizes the pool by cores, between one and four', () => {
    expect(workerCount(2)).toBe(2);
    expect(workerCount(16)).toBe(4);
    expect(workerCount(0)).toBe(2);
    expect(workerCount(1)).toBe(1);
  });
});

describe('catalogue analyzer', () => {
  it('hands the playable entry over before its analysis, then the analysed one', async () => {
    const seen: string[] = [];
    const entry = await workerAnalyzer('/scenarios/tiny.yaml', tinyText, {
      onLoaded: (loaded) => {
        seen.push('loaded');
        expect(loaded).toMatchObject({ status: 'ok', analysing: true, analysis: null });
      },
    });
    seen.push('analysed');
    expect(seen).toEqual(['loaded', 'analysed']);
    expect(entry.status === 'ok' && entry.analysis?.par?.time).toBeGreaterThan(0);
    expect(entry).not.toHaveProperty('analysing');
    expect(entry).toEqual(analyzeText('/scenarios/tiny.yaml', tinyText));
  });

  it('a file only the full check rejects is playable first, then an error', async () => {
    const text = readFileSync(path.resolve('test/fixtures/broken/unreachable-action.yaml'), 'utf8');
    const onLoaded = vi.fn();
    const entry = await workerAnalyzer('/scenarios/unreachable.yaml', text, { onLoaded });
    expect(onLoaded).toHaveBeenCalledWith(expect.objectContaining({ status: 'ok' }));
    expect(entry.status).toBe('error');
  });

  it('reports an invalid file without an onLoaded call', async () => {
    const onLoaded = vi.fn();
    const entry = await workerAnalyzer('/scenarios/bad.yaml', 'id: [unclosed', { onLoaded });
    expect(entry.status).toBe('error');
    expect(onLoaded).not.toHaveBeenCalled();
    expect(entry).toEqual(loadText('/scenarios/bad.yaml', 'id: [unclosed'));
  });
});
