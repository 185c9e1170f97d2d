/** How a saved or imported drill is named in lists: title, when, who, how it went. */
import { formatGameTime } from '../../engine/index.ts';
import type { StoredDrill } from '../../storage/drillRecord.ts';

/** A mystery drill keeps its title hidden until it is finished. */
export const titleOf = (d: StoredDrill) =>
  d.mystery && d.status !== 'finished' ? 'Mystery drill' : d.scenarioTitle;

export const when = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function describeDrill(d: StoredDrill): string {
  const who = d.mode === 'solo' ? `solo (${d.team})` : `${d.mode}: ${d.team}`;
  const state =
    d.status === 'finished'
      ? d.result
        ? `grade ${d.result.grade}${d.result.resolved ? '' : ', not resolved'}`
        : 'finished'
      : d.status === 'abandoned'
        ? `abandoned at ${formatGameTime(d.clockAt)}`
        : `in play, ${formatGameTime(d.clockAt)}`;
  return `${when(d.startedAt)} · ${who} · ${state}`;
}
