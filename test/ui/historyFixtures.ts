/** Stored drill records for the history tests. */
import type { StoredDrill } from '../../src/storage/drillRecord.ts';
import type { CatalogueScenario } from '../../src/ui/history/trends.ts';

export const DAY = 86_400_000;
export const MIN = 60_000;
export const T0 = Date.UTC(2025, 0, 6, 9);

let n = 0;

/** A finished drill: resolved in `ttr` minutes against a par of `par` minutes. */
export function drill(
  patch: Partial<StoredDrill> & { ttr?: number | null; par?: number | null } = {},
): StoredDrill {
  const { ttr = 90, par = 60, ...rest } = patch;
  const id = rest.id ?? `drill-${++n}`;
  const finishedAt = rest.finishedAt ?? T0 + n * DAY;
  return {
    id,
    format: 1,
    scenario: { id: 'tiny-firewall', version: '1.0.0', hash: '0123456789abcdef' },
    scenarioTitle: 'Tiny firewall drill',
    scenarioPath: '/scenarios/tiny.yaml',
    scenarioText: null,
    failureModes: ['firewall', 'network'],
    seed: 1,
    journal: [],
    clockAt: 0,
    mode: 'solo',
    team: 'Ana',
    roster: [{ name: 'Ana', role: 'incident-commander' }],
    screen: 'debrief',
    mystery: false,
    speed: 60,
    status: 'finished',
    playtest: false,
    scheduleId: null,
    startedAt: finishedAt - 30 * MIN,
    updatedAt: finishedAt,
    finishedAt,
    result: {
      resolved: ttr !== null,
      ttrMs: ttr === null ? null : ttr * MIN,
      parMs: par === null ? null : par * MIN,
      historyMs: 600 * MIN,
      phases: [
        { id: 'acknowledge', label: 'Acknowledge', ms: 35 * MIN },
        { id: 'hypothesis', label: 'Correct hypothesis', ms: 50 * MIN },
        ...(ttr === null ? [] : [{ id: 'resolve', label: 'Resolve', ms: ttr * MIN }]),
      ],
      grade: ttr === null ? 'F' : ttr <= par! * 1.2 ? 'A' : 'C',
      redHerringMs: 20 * MIN,
      harmfulActions: 0,
      statusUpdates: 2,
    },
    ...rest,
  };
}

export function scenario(patch: Partial<CatalogueScenario> = {}): CatalogueScenario {
  return {
    id: 'tiny-firewall',
    path: '/scenarios/tiny.yaml',
    title: 'Tiny firewall drill',
    version: '1.0.0',
    hash: '0123456789abcdef',
    difficulty: 'intro',
    failureModes: ['firewall', 'network'],
    ...patch,
  };
}
