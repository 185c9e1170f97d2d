/**
 * The debrief as a Markdown postmortem, in the shape of the seed postmortems: Issue
 * Summary, Timeline, Root Cause and Resolution, Corrective and Preventative Measures,
 * Tasks, plus what misled the team and lessons. Scenario and player text is plain text:
 * it is escaped so that it can never break the document's structure.
 */
import type { Debrief, DebriefEvent, DebriefMark } from './debriefTypes.ts';
import { formatDuration, formatGameTime } from './format.ts';

/** Plain text as one line of Markdown: newlines collapsed, markup characters escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^([#+=-]|\d+[.)])/, (m) => `\\${m}`)
    .trim();
}

const md = escapeMarkdown;

const MARK_TEXT: Record<Exclude<DebriefMark, null>, string> = {
  misleading: ' _(misleading)_',
  harmful: ' _(made things worse)_',
  key: ' _(key step)_',
};

function groupDigits(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

function ratio(value: number | null, what: string): string {
  return value === null ? `no ${what} to compare with` : `${value.toFixed(1)}× ${what}`;
}

function eventLine(e: DebriefEvent, withParticipant: boolean): string {
  const who = withParticipant && e.participant ? `${md(e.participant)}: ` : '';
  const mark = e.mark ? MARK_TEXT[e.mark] : '';
  const detail = e.detail ? ` — ${md(e.detail)}` : '';
  return `- **${formatGameTime(e.t)}** ${who}${md(e.text)}${detail}${mark}`;
}

function summary(d: Debrief): string[] {
  const t = d.times;
  const lines = [
    `- **Scenario:** ${md(d.scenario.title)} (\`${d.scenario.id}\`); incident start ${md(d.scenario.startsAt)} (T+0)`,
    `- **Duration:** detected at ${formatGameTime(t.detectedAt)}, ` +
      (t.resolvedAt !== null
        ? `resolved at ${formatGameTime(t.resolvedAt)} (${formatDuration(t.resolvedAt)} from the start)`
        : `not resolved (${d.outcome === 'ended' ? 'drill ended' : 'stopped'} at ${formatGameTime(t.endAt)})`),
    `- **Impact:** up to ${percent(d.impact.peakUsersAffected)} of users affected; estimated cost ${md(d.impact.currency)} ${groupDigits(d.impact.cost)}`,
    `- **Versus par:** ` +
      (t.par === null
        ? 'no par time available'
        : `par is ${formatDuration(t.par)}; this run took ${ratio(t.vsPar, 'par')}`),
    `- **Versus the real incident:** ` +
      (t.real === null
        ? 'no history recorded'
        : `the real incident lasted ${formatDuration(t.real)}` +
          (d.impact.realUsersAffected === null
            ? ''
            : ` and affected ${percent(d.impact.realUsersAffected)} of users`) +
          `; this run took ${ratio(t.vsReal, 'the real duration')}`),
    `- **Grade:** ${d.grade}. ${d.reasons.map(md).join(' ')}`,
  ];
  if (d.participants.length) lines.push(`- **Responders:** ${d.participants.map(md).join(', ')}`);
  return lines;
}

/** Render a debrief as a Markdown postmortem. */
export function debriefToMarkdown(debrief: Debrief, options: { title?: string } = {}): string {
  const d = debrief;
  const out: string[] = [];
  const section = (heading: string, lines: string[]) => out.push('', heading, '', ...lines);
  const orNone = (lines: string[], none: string) => (lines.length ? lines : [`- ${none}`]);

  out.push(`# Postmortem: ${md(options.title ?? d.scenario.title)}`);
  section('## Issue Summary', [md(d.scenario.summary), '', ...summary(d)]);

  const timeline = d.timelines.team.events.map((e) => eventLine(e, true));
  if (d.timelines.par.events.length)
    timeline.push(
      '',
      `### Par path (${d.times.par === null ? 'untimed' : formatDuration(d.times.par)})`,
      '',
      ...d.timelines.par.events.map((e) => eventLine(e, false)),
    );
  if (d.timelines.real.events.length)
    timeline.push(
      '',
      '### The real incident',
      '',
      ...d.timelines.real.events.map((e) => eventLine(e, false)),
    );
  section('## Timeline', orNone(timeline, 'Nothing happened.'));

  const misled: string[] = [];
  for (const group of d.misledBy) {
    if (group.label !== null)
      misled.push(`- **${md(group.label)}** was not the cause: ${group.minutes} min went into it.`);
    const indent = group.label === null ? '' : '  ';
    for (const r of group.clues)
      misled.push(
        `${indent}- **${md(r.title)}** (found at ${formatGameTime(r.foundAt)}): ${md(r.explanation)}`,
      );
  }
  for (const h of d.hypothesisHistory.filter((x) => !x.correct))
    misled.push(
      `- ${md(h.participant)} declared **${md(h.label)}** at ${formatGameTime(h.t)}; it was not the cause.`,
    );
  section('## What misled us', orNone(misled, 'Nothing: no red herrings were followed.'));

  const rc = d.rootCause;
  section('## Root Cause and Resolution', [
    `- **Root Cause:** ${md(rc.summary)} ${md(rc.detail)}`,
    `- **Resolution:** ${md(rc.fix)}`,
    `- **Declared by the team:** ${rc.declaredAt === null ? 'never' : formatGameTime(rc.declaredAt)}`,
  ]);

  section(
    '## Corrective and Preventative Measures',
    orNone(
      d.measures.map((m) => `- **${md(m.title)}:** ${md(m.detail)}`),
      'None recorded.',
    ),
  );

  section(
    '## Tasks',
    orNone(
      d.actionItems.map(
        (a) =>
          `- [${a.done ? 'x' : ' '}] ${md(a.text)} — owner: ${a.owner.trim() ? md(a.owner) : 'unassigned'}`,
      ),
      'No tasks.',
    ),
  );

  const list = (items: string[]) =>
    orNone(
      items.map((s) => `- ${md(s)}`),
      'Nothing to note.',
    );
  section('## Lessons', [
    ...list(d.lessons),
    '',
    '### What went well',
    '',
    ...list(d.wentWell),
    '',
    '### What went wrong',
    '',
    ...list(d.wentWrong),
    '',
    '### Where we got lucky',
    '',
    ...list(d.lucky),
  ]);
  return out.join('\n') + '\n';
}
