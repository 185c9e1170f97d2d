import { pickSurprise, type PlayedDrill } from '../../src/schedule/index.ts';
import { utc } from './fixtures.ts';

const candidates = ['alpha', 'bravo', 'charlie', 'delta', 'echo'].map((id) => ({ id }));
const occurrence = utc(2025, 3, 4, 10);
const day = 86_400_000;

const played: PlayedDrill[] = [
  { scenarioId: 'alpha', team: 'Platform', at: occurrence - 3 * day },
  { scenarioId: 'bravo', team: 'Platform', at: occurrence - 20 * day },
  { scenarioId: 'charlie', team: 'Platform', at: occurrence - 90 * day },
  // Another team's drill does not count against this team.
  { scenarioId: 'delta', team: 'Payments', at: occurrence - 1 * day },
];

const base = { candidates, played, team: 'Platform', occurrence, recentDays: 30, seed: 7 };

describe('surprise pick', () => {
  it('never picks a scenario the team played within the recent window', () => {
    for (let seed = 0; seed < 200; seed++) {
      const pick = pickSurprise({ ...base, seed });
      expect(['charlie', 'delta', 'echo']).toContain(pick?.id);
    }
  });

  it('is deterministic for a seed and occurrence, and varies across seeds and occurrences', () => {
    expect(pickSurprise(base)).toEqual(
      pickSurprise({ ...base, candidates: [...candidates].reverse() }),
    );
    const bySeed = new Set(
      Array.from({ length: 50 }, (_, seed) => pickSurprise({ ...base, seed })?.id),
    );
    expect(bySeed.size).toBe(3);
    const byWeek = new Set(
      Array.from(
        { length: 50 },
        (_, k) => pickSurprise({ ...base, occurrence: occurrence + k * 7 * day })?.id,
      ),
    );
    expect(byWeek.size).toBeGreaterThan(1);
  });

  it('ignores drills played after the occurrence (re-deriving a past pick gives the same answer)', () => {
    const later = [...played, { scenarioId: 'echo', team: 'Platform', at: occurrence + day }];
    const pool = new Set(
      Array.from({ length: 50 }, (_, seed) => pickSurprise({ ...base, played: later, seed })?.id),
    );
    expect(pool.has('echo')).toBe(true);
  });

  it('falls back to the least recently played when every scenario is recent', () => {
    const all = candidates.map((c, i) => ({
      scenarioId: c.id,
      team: 'Platform',
      at: occurrence - (i + 1) * day,
    }));
    expect(pickSurprise({ ...base, played: all })?.id).toBe('echo');
  });

  it('returns null with no candidates', () => {
    expect(pickSurprise({ ...base, candidates: [] })).toBeNull();
  });
});
