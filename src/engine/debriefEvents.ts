/**
 * The debrief's timeline events: which entries of a drill's timeline matter afterwards, how
 * they are marked (key step, misleading, harmful) and worded, with who did what: injects
 * say whether they came on schedule or from the facilitator.
 */
import { toArray } from './chain.ts';
import type { DrillContext, TimelineEntry, TimelineKind } from './context.ts';
import type { DebriefEvent, DebriefMark } from './debriefTypes.ts';
import type { ScenarioModel } from './model.ts';
import { isRedHerringAction, isRedHerringClue, isWrongHypothesis } from './redHerrings.ts';
import { parseDuration } from './schema.ts';

const KEY_KINDS: ReadonlySet<TimelineKind> = new Set<TimelineKind>([
  'alert',
  'inject',
  'acknowledged',
  'action-started',
  'clue',
  'harmful',
  'phase',
  'hypothesis',
  'page',
  'joined',
  'status',
  'hint',
  'facilitator',
  'resolved',
  'ended',
]);

/**
 * A facilitator's skip of game time, as `markFacilitator` (`machineActions.ts`) words it;
 * pause and resume move no game time and are left out. `debrief.test.ts` covers the wording.
 */
const SKIP_TEXT = /^Facilitator skipped (.+)$/;

function markOf(model: ScenarioModel, entry: TimelineEntry): DebriefMark {
  const root = model.file.rootCause.hypothesis;
  const ref = entry.ref ?? '';
  switch (entry.kind) {
    case 'harmful':
      return 'harmful';
    case 'clue':
      if (isRedHerringClue(model, ref)) return 'misleading';
      return model.clues.get(ref)?.pointsTo === root ? 'key' : null;
    case 'hypothesis':
      return isWrongHypothesis(model, ref) ? 'misleading' : 'key';
    case 'action-started':
      if (isRedHerringAction(model, ref)) return 'misleading';
      return model.actions.get(ref)?.resolves ? 'key' : null;
    case 'resolved':
      return 'key';
    default:
      return null;
  }
}

/**
 * Whether an inject fired on its schedule (its `at`, or its condition plus `delay`) or
 * earlier, because the facilitator sent it. The context keeps when each conditional inject
 * was armed, so the scheduled time is known exactly.
 */
function firedByFacilitator(model: ScenarioModel, ctx: DrillContext, entry: TimelineEntry) {
  const inject = model.injects.get(entry.ref ?? '');
  if (!inject) return false;
  const armedAt = ctx.injectsArmed[inject.id];
  const due =
    inject.at !== undefined
      ? parseDuration(inject.at)
      : armedAt !== undefined
        ? armedAt + (inject.delay ? parseDuration(inject.delay) : 0)
        : null;
  return due === null || entry.t < due;
}

/** Who and what of a timeline entry, as the debrief words it; null to leave it out. */
function describeEntry(
  model: ScenarioModel,
  ctx: DrillContext,
  entry: TimelineEntry,
): Pick<DebriefEvent, 'text' | 'participant'> | null {
  const participant = entry.participant ?? null;
  if (entry.kind === 'facilitator') {
    const skipped = SKIP_TEXT.exec(entry.text)?.[1];
    return skipped ? { text: `Skipped ${skipped} of game time`, participant } : null;
  }
  if ((entry.kind === 'inject' || entry.kind === 'alert') && model.injects.has(entry.ref ?? '')) {
    const what = entry.kind === 'alert' ? 'alert' : 'inject';
    return firedByFacilitator(model, ctx, entry)
      ? { text: `Fired ${what}: ${entry.text}`, participant: 'facilitator' }
      : { text: `Scheduled ${what}: ${entry.text}`, participant };
  }
  return { text: entry.text, participant };
}

/**
 * The key entries of a drill timeline, oldest first. `withWorld` keeps injects and the
 * facilitator's skips (what happened to the team, not what it did).
 */
export function keyEvents(
  model: ScenarioModel,
  ctx: DrillContext,
  withWorld = true,
): DebriefEvent[] {
  const events: DebriefEvent[] = [];
  for (const e of toArray(ctx.timeline)) {
    if (!KEY_KINDS.has(e.kind)) continue;
    if (!withWorld && (e.kind === 'inject' || e.kind === 'facilitator')) continue;
    const described = describeEntry(model, ctx, e);
    if (!described) continue;
    events.push({
      t: e.t,
      kind: e.kind,
      ...described,
      detail: e.detail ?? null,
      mark: markOf(model, e),
    });
  }
  return events;
}
