/**
 * Keeps one live drill saved as it happens: every accepted event is written at once, the
 * clock at most once per `throttleMs` of wall time (plus on `flush`, e.g. when the page
 * hides), and the record is marked finished with its result when the drill ends.
 * Storage failures (quota, no IndexedDB) are reported and never stop the drill: the next
 * change tries again with the full record, so nothing is lost once storage works again.
 * No React here, so it can be tested in Node with fake-indexeddb.
 */
import type { DrillSession } from '../../engine/index.ts';
import type { FiredrillDatabase } from '../../storage/db.ts';
import type { StoredDrill } from '../../storage/drillRecord.ts';
import { summarizeResult } from '../../storage/drillResult.ts';
import { saveDrill } from '../../storage/drills.ts';
import { classifyStorageError, type StorageErrorKind } from '../../storage/storageErrors.ts';

export interface DrillView {
  screen: StoredDrill['screen'];
  speed: number;
}

export interface PersisterOptions {
  session: DrillSession;
  /** The record as it was when the drill began or was resumed. */
  base: StoredDrill;
  /** Par time for the result summary, when the analysis knows it. */
  par: () => number | null;
  /** Called with the problem on a failed write, and with null once a write succeeds again. */
  report: (problem: StorageErrorKind | null, error?: unknown) => void;
  db?: FiredrillDatabase;
  wallNow?: () => number;
  throttleMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
  /**
   * Runs the look at the session after it notifies. Defaults to an idle callback (at most
   * `IDLE_TIMEOUT_MS` late), so the IndexedDB write (a structured clone of the whole journal)
   * waits until the click's frame is painted and the page has nothing more urgent to do.
   * A plain `setTimeout(0)` was not enough: Chromium holds timers back after an input until the
   * next frame and then runs them first, ahead of everything else queued behind that frame.
   * Tests pass `queueMicrotask` to stay synchronous with the session.
   */
  defer?: (callback: () => void) => void;
}

export interface DrillPersister {
  readonly id: string;
  /** The record as it would be written now. */
  current(): StoredDrill;
  setView(view: DrillView): void;
  /** Write now if anything changed since the last write; resolves when written (or failed). */
  flush(): Promise<void>;
  /** Stop listening; pending changes are flushed. */
  dispose(): Promise<void>;
}

/** Longest wait for an idle moment before a change is written anyway. */
const IDLE_TIMEOUT_MS = 500;

/** An idle callback where the browser has them (not Safari), else a new task. */
function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(callback, 0);
}

export function createDrillPersister(options: PersisterOptions): DrillPersister {
  const { session, base, par, report, db } = options;
  const wallNow = options.wallNow ?? Date.now;
  const throttleMs = options.throttleMs ?? 1000;
  const setTimer = options.setTimer ?? ((cb, ms) => setTimeout(cb, ms));
  const clearTimer = options.clearTimer ?? ((id) => clearTimeout(id as number));
  const defer = options.defer ?? whenIdle;

  let record: StoredDrill = base;
  let view: DrillView = { screen: base.screen, speed: base.speed };
  let writtenJournal = -1;
  let writtenClock = -1;
  // The timeline as last written: a new entry (an action done, an inject, a responder joining)
  // is something the player saw, so it is saved at once even when no event was journaled,
  // e.g. after "Jump to next event". Only the bare ticking clock waits for the throttle.
  let writtenTimeline: unknown = undefined;
  let lastWriteAt = -Infinity;
  let timer: unknown = null;
  let inFlight: Promise<void> | null = null;
  let again = false;
  let failing = false;

  const build = (): StoredDrill => {
    const snapshot = session.record();
    const now = wallNow();
    let { status, finishedAt, result } = record;
    if (status === 'active' && session.isOver()) {
      status = 'finished';
      finishedAt = now;
      result = summarizeResult(session.scenario, session.context(), {
        par: par(),
        at: session.now(),
      });
    }
    return {
      ...record,
      journal: snapshot.journal,
      clockAt: snapshot.clockAt,
      screen: view.screen,
      speed: view.speed,
      status,
      finishedAt,
      result,
      updatedAt: now,
    };
  };

  const dirty = () =>
    session.journal.length !== writtenJournal ||
    session.now() !== writtenClock ||
    view.screen !== record.screen ||
    view.speed !== record.speed ||
    (record.status === 'active' && session.isOver());

  const writeOnce = async () => {
    record = build();
    writtenJournal = record.journal.length;
    writtenClock = record.clockAt;
    writtenTimeline = session.context().timeline;
    lastWriteAt = wallNow();
    try {
      await saveDrill(record, db);
      if (failing) report(null);
      failing = false;
    } catch (error) {
      failing = true;
      // Forget what was written so the next change retries the whole record.
      writtenJournal = -1;
      report(classifyStorageError(error), error);
    }
  };

  /** Serialise writes: one in flight, at most one more queued with the latest state. */
  const write = (): Promise<void> => {
    if (timer !== null) {
      clearTimer(timer);
      timer = null;
    }
    if (inFlight) {
      again = true;
      return inFlight;
    }
    inFlight = (async () => {
      do {
        again = false;
        await writeOnce();
      } while (again);
      inFlight = null;
    })();
    return inFlight;
  };

  const onChange = () => {
    const eventsChanged = session.journal.length !== writtenJournal;
    const finishing = record.status === 'active' && session.isOver();
    const newEntries = session.context().timeline !== writtenTimeline;
    if (eventsChanged || finishing || newEntries) {
      void write();
      return;
    }
    if (session.now() === writtenClock || timer !== null) return;
    const wait = lastWriteAt + throttleMs - wallNow();
    if (wait <= 0) void write();
    else
      timer = setTimer(() => {
        timer = null;
        void write();
      }, wait);
  };

  // The session notifies while the actor handles an event, before the event is appended to
  // the journal: look once the current task is done (`flush` on pagehide still catches up).
  let queued = false;
  const onNotify = () => {
    if (queued) return;
    queued = true;
    defer(() => {
      queued = false;
      onChange();
    });
  };
  const unsubscribe = session.subscribe(onNotify);
  void write();

  return {
    id: base.id,
    current: build,
    setView(next) {
      if (next.screen === view.screen && next.speed === view.speed) return;
      view = next;
      void write();
    },
    flush: () => (dirty() || inFlight ? write() : Promise.resolve()),
    async dispose() {
      unsubscribe();
      if (dirty()) await write();
      else if (inFlight) await inFlight;
      if (timer !== null) clearTimer(timer);
    },
  };
}
