/**
 * Where a live session came from, keyed by the session object: the stored record it
 * continues (resume) or the facts a new record needs that the session does not carry
 * (scenario text for non-shipped scenarios, the analysis, playtest or schedule).
 * Code that starts a drill from a draft or a schedule calls `setDrillOrigin` before showing it.
 */
import type { AnalysisResult, DrillSession } from '../../engine/index.ts';
import { STORAGE_FORMAT, type StoredDrill } from '../../storage/drillRecord.ts';
import { newDrillId } from '../../storage/ids.ts';
import { entryOrigin } from '../catalogue/origin.ts';
import type { AppState } from '../store.ts';

export interface DrillOrigin {
  /** The record this session continues (resumed, or created on the first save). */
  record?: StoredDrill;
  /** Full scenario text, for scenarios not shipped with the app (library, draft, imported). */
  scenarioText?: string | null;
  /** Analysis of the scenario the session runs, when it is not the catalogue entry's. */
  analysis?: AnalysisResult | null;
  playtest?: boolean;
  scheduleId?: string | null;
}

const origins = new WeakMap<DrillSession, DrillOrigin>();

export function setDrillOrigin(session: DrillSession, origin: DrillOrigin): void {
  origins.set(session, { ...origins.get(session), ...origin });
}

export function drillOrigin(session: DrillSession): DrillOrigin | undefined {
  return origins.get(session);
}

/** The analysis registered for a session (resumed from saved text), if any. */
export function analysisFor(session: DrillSession | null): AnalysisResult | null | undefined {
  return session ? origins.get(session)?.analysis : undefined;
}

/**
 * Whether a session is an author's playtest: registered as one (explorer, rewind, jump), or a
 * draft played from the authoring screen. Playtests are never saved (`persistenceRuntime.ts`).
 */
export function isPlaytest(session: DrillSession, scenarioPath: string | null): boolean {
  const origin = origins.get(session);
  return (
    origin?.playtest ?? origin?.record?.playtest ?? entryOrigin(scenarioPath ?? '') === 'draft'
  );
}

/** Team name as stored: the solo player's name, or the team's name (default "Team"). */
export function teamName(state: Pick<AppState, 'mode' | 'roster' | 'team'>): string {
  if (state.mode === 'solo') return state.roster[0]?.name.trim() || 'You';
  return state.team.trim() || 'Team';
}

type StartState = Pick<
  AppState,
  'mode' | 'roster' | 'team' | 'scenarioPath' | 'mystery' | 'speed' | 'screen'
>;

/**
 * The record of a session: the one it continues, or a new one built from the app state at
 * start. Memoised per session so a re-run effect (React strict mode) keeps the same id.
 */
export function recordFor(session: DrillSession, state: StartState, wallNow: number): StoredDrill {
  const origin = origins.get(session) ?? {};
  if (origin.record) return origin.record;
  const file = session.scenario.file;
  const snapshot = session.record();
  const record: StoredDrill = {
    id: newDrillId(),
    format: STORAGE_FORMAT,
    scenario: snapshot.scenario,
    scenarioTitle: file.title,
    scenarioPath: state.scenarioPath ?? '',
    scenarioText: origin.scenarioText ?? null,
    failureModes: [...file.failureModes],
    seed: snapshot.seed,
    journal: snapshot.journal,
    clockAt: snapshot.clockAt,
    mode: state.mode,
    team: teamName(state),
    roster: state.roster.map((p) => ({ ...p })),
    screen: state.screen === 'score' || state.screen === 'debrief' ? state.screen : 'console',
    mystery: state.mystery,
    speed: state.speed,
    status: 'active',
    playtest: isPlaytest(session, state.scenarioPath),
    scheduleId: origin.scheduleId ?? null,
    startedAt: wallNow,
    updatedAt: wallNow,
    finishedAt: null,
    result: null,
  };
  origins.set(session, { ...origin, record });
  return record;
}
