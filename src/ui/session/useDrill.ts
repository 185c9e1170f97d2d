/**
 * React binding for a drill session: the session stays the single source of truth and
 * components read a cached view that changes identity on every event or clock move.
 */
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type {
  DrillContext,
  DrillSession,
  DrillSnapshot,
  ScenarioModel,
} from '../../engine/index.ts';

export interface DrillView {
  session: DrillSession;
  model: ScenarioModel;
  snapshot: DrillSnapshot;
  ctx: DrillContext;
  now: number;
  over: boolean;
}

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

/** Subscribe to a session; re-renders on every accepted event and every clock advance. */
export function useDrill(session: DrillSession): DrillView {
  const subscribe = useCallback((listener: () => void) => session.subscribe(listener), [session]);
  const getSnapshot = useCallback(() => readView(session), [session]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

export const SessionContext = createContext<DrillSession | null>(null);

/** The running session, from the nearest `SessionContext` provider. */
export function useSession(): DrillSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession: no drill session provided');
  return session;
}

/** View of the session in context. */
export function useDrillView(): DrillView {
  return useDrill(useSession());
}
