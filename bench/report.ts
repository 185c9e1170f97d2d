/**
 * The benchmark report: one section per benchmark, each a table of our figure, the baseline
 * measured in the same run, the ratio, the target and the verdict. A partial run
 * (`--only`) replaces its own sections in bench/results/latest.md and keeps the others.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

export interface Row {
  name: string;
  ours: string;
  baseline: string;
  ratio: string;
  target: string;
  /** null: reported, no target. */
  pass: boolean | null;
}

export interface Section {
  /** Stable heading, e.g. `4. Bundle`; a later run replaces the section with the same heading. */
  title: string;
  rows: Row[];
  /** What was measured and how, in a sentence or two. */
  notes?: string;
}

const verdict = (pass: boolean | null) => (pass === null ? '—' : pass ? 'pass' : 'MISS');

export function renderSection(section: Section, environment: string): string {
  const table = [
    '| benchmark | ours | baseline | ratio | target | result |',
    '| --- | --- | --- | --- | --- | --- |',
    ...section.rows.map(
      (r) =>
        `| ${r.name} | ${r.ours} | ${r.baseline} | ${r.ratio} | ${r.target} | ${verdict(r.pass)} |`,
    ),
  ];
  return [
    `## ${section.title}`,
    '',
    `_${environment}_`,
    '',
    ...table,
    ...(section.notes ? ['', section.notes] : []),
  ].join('\n');
}

/** Splits a report into its `## ` sections, keyed by heading. */
export function parseSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const part of markdown.split(/^(?=## )/m)) {
    const heading = /^## (.+)$/m.exec(part);
    if (part.startsWith('## ') && heading) sections.set(heading[1]!.trim(), part.trimEnd());
  }
  return sections;
}

const HEADER =
  '# Firedrill benchmarks\n\nWritten by `npm run bench` (see the README). Each section says when and where it was measured; timings vary by machine, only the bundle budget is checked in CI.\n';

/** Writes `file`, replacing the sections just measured and keeping the others in order. */
export function writeReport(file: string, fresh: Map<string, string>): string {
  const old = existsSync(file)
    ? parseSections(readFileSync(file, 'utf8'))
    : new Map<string, string>();
  const merged = new Map([...old, ...fresh]);
  const ordered = [...merged].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  const report = `${HEADER}\n${ordered.map(([, text]) => text).join('\n\n')}\n`;
  mkdirSync(file.replace(/\/[^/]+$/, ''), { recursive: true });
  writeFileSync(file, report);
  return report;
}
