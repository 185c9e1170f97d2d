/**
 * React binding for a drill session: the session stays the single source of truth.
 *
 * Two ways to read it:
 * - `useDrillView()` / `useDrill(session)`: the whole view, a new object on every event and on
 *   every clock tick (every frame at top speed). Simple, but the component re-renders each time.
 * - `useDrillState(select)` / `useDrillTime(select)`: only what a panel shows. The panel
 *   re-renders when its selection changes by `isEqual`, so a click re-renders the panels it
 *   affects and a clock tick only those that show the time (see bench: interaction).
 */
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import type {
  DrillContext,
  DrillSession,
  DrillSnapshot,
  ScenarioModel,
} from '../../engine/index.ts';
import type { Equality } from './equality.ts';

export interface DrillView {
  session: DrillSession;
  model: ScenarioModel;
  snapshot: DrillSnapshot;
  ctx: DrillContext;
  now: number;
  over: boolean;
}

/** What changes only with an engine event (never with the clock alone). */
export type DrillState = Omit<DrillView, 'now'>;

const views = new WeakMap<DrillSession, DrillView>();

function readView(session: DrillSession): DrillView {
  const snapshot = session.snapshot();
  const now = session.now();
  const previous = views.get(session);
  if (previous && previous.snapshot === snapshot && previous.now === now) return previous;
  const view: DrillView = {
    session,
    model: session.scenario,
    snapshot,
    ctx: snapshot.context,
    now,
    over: session.isOver(),
  };
  views.set(session, view);
  return view;
}

function useSubscribe(session: DrillSession) {
  return useCallback((listener: () => void) => session.subscribe(listener), [session]);
}

/** Subscribe to a session; re-renders on every accepted event and every clock advance. */
export function useDrill(session: DrillSession): DrillView {
  const getSnapshot = useCallback(() => readView(session), [session]);
  return useSyncExternalStore(useSubscribe(session), getSnapshot, getSnapshot);
}

/**
 * A `getSnapshot` for `useSyncExternalStore` returning the selection of `select` from the
 * current view: recomputed only when `keyOf(view)` changes, and the previous object kept while
 * `isEqual` says nothing changed, so React skips the re-render.
 */
function selection<K, T>(
  session: DrillSession,
  keyOf: (view: DrillView) => K,
  select: (view: DrillView) => T,
  isEqual: Equality<T>,
): () => T {
  let last: { key: K; value: T } | null = null;
  return () => {
    const view = readView(session);
    const key = keyOf(view);
    if (last && Object.is(last.key, key)) return last.value;
    const next = select(view);
    const value = last && isEqual(last.value, next) ? last.value : next;
    last = { key, value };
    return value;
  };
}

/** `select` and `isEqual` should be stable (module level or `useCallback`): a new one recomputes. */
function useSelected<K, T>(
  session: DrillSession,
  keyOf: (view: DrillView) => K,
  select: (view: DrillView) => T,
  isEqual: Equality<T>,
): T {
  const getSnapshot = useMemo(
    () => selection(session, keyOf, select, isEqual),
    [session, keyOf, select, isEqual],
  );
  return useSyncExternalStore(useSubscribe(session), getSnapshot, getSnapshot);
}

const bySnapshot = (view: DrillView) => view.snapshot;
const byView = (view: DrillView) => view;

/**
 * Part of the drill that changes only with engine events: `select` runs once per new engine
 * snapshot, never on a clock tick alone.
 */
export function useDrillState<T>(
  select: (state: DrillState) => T,
  isEqual: Equality<T> = Object.is,
): T {
  return useSessionState(useSession(), select, isEqual);
}

/** `useDrillState` for a session passed in, where no `SessionContext` is provided yet. */
export function useSessionState<T>(
  session: DrillSession,
  select: (state: DrillState) => T,
  isEqual: Equality<T> = Object.is,
): T {
  return useSelected(session, bySnapshot, select, isEqual);
}

/**
 * Part of the drill that depends on game time: `select` runs on every clock tick, so keep it
 * cheap, or make it coarse (a whole game minute) and pass an `isEqual` that sees no change.
 */
export function useDrillTime<T>(
  select: (view: DrillView) => T,
  isEqual: Equality<T> = Object.is,
): T {
  return useSelected(useSession(), byView, select, isEqual);
}

export const SessionContext = createContext<DrillSession | null>(null);

/** The running session, from the nearest `SessionContext` provider. */
export function useSession(): DrillSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession: no drill session provided');
  return session;
}

/** View of the session in context (re-renders on every event and clock tick). */
export function useDrillView(): DrillView {
  return useDrill(useSession());
}
