/**
 * Broken scenario files: every problem comes back as `file:line:col: message` (or with its
 * field path when the text has no position), and bad input never throws.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  formatProblem,
  loadScenario,
  MAX_ALIAS_COUNT,
  MAX_SCENARIO_CHARS,
} from '../../src/engine/index.ts';
import { ROOT } from '../helpers/testDrill.ts';

const DIR = 'test/fixtures/broken';

/** Formatted problems of a broken fixture, loaded under its repository path. */
function problemsOf(name: string): string[] {
  const file = `${DIR}/${name}`;
  const result = loadScenario(readFileSync(path.resolve(ROOT, file), 'utf8'), file);
  expect(result.ok).toBe(false);
  return result.problems.map(formatProblem);
}

/** Load without throwing, and within a second, however hostile the text. */
function loadQuickly(text: string, file: string) {
  const started = performance.now();
  const result = loadScenario(text, file);
  expect(performance.now() - started).toBeLessThan(1000);
  return result;
}

describe('loader: broken files', () => {
  // yaml reports an unclosed flow sequence where it notices it: the start of the next line.
  it('YAML syntax error', () => {
    expect(problemsOf('yaml-syntax.yaml')).toEqual([
      `${DIR}/yaml-syntax.yaml:10:1: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
  });

  it('duplicate YAML key', () => {
    expect(problemsOf('duplicate-key.yaml')).toEqual([
      `${DIR}/duplicate-key.yaml:6:1: YAML: Map keys must be unique`,
    ]);
  });

  it('unknown field (typo)', () => {
    expect(problemsOf('unknown-field.yaml')).toEqual([
      `${DIR}/unknown-field.yaml:78:5: unknown field "requries"`,
    ]);
  });

  it('wrong type', () => {
    expect(problemsOf('wrong-type.yaml')).toEqual([
      `${DIR}/wrong-type.yaml:10:19: estimatedMinutes: Invalid input: expected number, received string`,
    ]);
  });

  it('bad duration', () => {
    expect(problemsOf('bad-duration.yaml')).toEqual([
      `${DIR}/bad-duration.yaml:68:11: actions[0].cost: must be a duration such as 45s, 30m, 6h or 1h30m`,
    ]);
  });

  it('unknown clue id in requires', () => {
    expect(problemsOf('unknown-clue.yaml')).toEqual([
      `${DIR}/unknown-clue.yaml:78:25: actions[1].requires.clues[0]: unknown clue "db-looks-bussy"`,
    ]);
  });

  it('unknown phase in effects', () => {
    expect(problemsOf('unknown-phase.yaml')).toEqual([
      `${DIR}/unknown-phase.yaml:81:23: actions[1].effects.phase: unknown phase "wrose"`,
    ]);
  });

  it('duplicate id', () => {
    expect(problemsOf('duplicate-id.yaml')).toEqual([
      `${DIR}/duplicate-id.yaml:51:11: hypotheses[2].id: duplicate id "database"`,
    ]);
  });

  it('no resolving action', () => {
    expect(problemsOf('no-resolving-action.yaml')).toEqual([
      `${DIR}/no-resolving-action.yaml:64:3: actions: no action resolves the incident (\`resolves: true\`)`,
    ]);
  });

  it('red herring pointing at the root cause', () => {
    expect(problemsOf('red-herring-root.yaml')).toEqual([
      `${DIR}/red-herring-root.yaml:55:15: clues[0].pointsTo: a red herring cannot point to the real root cause`,
    ]);
  });

  it('root cause never identifiable', () => {
    expect(problemsOf('root-cause-unidentifiable.yaml')).toEqual([
      `${DIR}/root-cause-unidentifiable.yaml:127:15: rootCause.hypothesis: the root cause can never be identified: no evidence clue points to it`,
    ]);
  });

  it('unreachable action (requires a clue nothing reveals)', () => {
    expect(problemsOf('unreachable-action.yaml')).toEqual([
      `${DIR}/unreachable-action.yaml:52:5: clues[0]: clue "secret-clue" can never be found (nothing reachable reveals it)`,
      `${DIR}/unreachable-action.yaml:68:5: actions[0]: action "read-secret" can never be started (its requirements are never met)`,
    ]);
  });

  it('soft-lock: a harmful action into a phase with no way out, reported at that action', () => {
    expect(problemsOf('soft-lock.yaml')).toEqual([
      `${DIR}/soft-lock.yaml:72:5: actions[1]: soft-lock: after check-db → restart-db the incident can no longer be resolved (red herring with no way out: db-looks-busy)`,
      `${DIR}/soft-lock.yaml:72:5: actions[1]: soft-lock: after check-db → check-changes → restart-db the incident can no longer be resolved (red herring with no way out: db-looks-busy)`,
      `${DIR}/soft-lock.yaml:72:5: actions[1]: soft-lock: after check-db → page:infra → restart-db the incident can no longer be resolved (red herring with no way out: db-looks-busy)`,
      `${DIR}/soft-lock.yaml:72:5: actions[1]: soft-lock: after check-db → check-changes → page:infra → restart-db the incident can no longer be resolved (red herring with no way out: db-looks-busy)`,
    ]);
  });

  it('not a mapping', () => {
    expect(problemsOf('not-a-mapping.yaml')).toEqual([
      `${DIR}/not-a-mapping.yaml:2:1: expected a YAML mapping with scenario fields (schemaVersion, id, title, ...)`,
    ]);
  });

  it('empty file', () => {
    expect(problemsOf('empty.yaml')).toEqual([
      `${DIR}/empty.yaml: file is empty: expected a YAML scenario`,
    ]);
  });

  it('comments only', () => {
    expect(problemsOf('comments-only.yaml')).toEqual([
      `${DIR}/comments-only.yaml: expected a YAML mapping with scenario fields (schemaVersion, id, title, ...)`,
    ]);
  });

  it('alias bomb ("billion laughs") is stopped at the alias limit, quickly', () => {
    const file = `${DIR}/alias-bomb.yaml`;
    const text = readFileSync(path.resolve(ROOT, file), 'utf8');
    const result = loadQuickly(text, file);
    expect(MAX_ALIAS_COUNT).toBeLessThan(10_000);
    expect(result.problems.map(formatProblem)).toEqual([
      `${file}:1:1: YAML could not be expanded: Excessive alias count indicates a resource exhaustion attack`,
    ]);
  });

  it('binary content', () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const result = loadQuickly(bytes.toString('latin1'), 'logo.png');
    expect(result.problems.map(formatProblem)).toEqual([
      'logo.png: file looks binary, not YAML text',
    ]);
    const nul = loadQuickly('id: tiny\u0000\ntitle: x\n', 'nul.yaml');
    expect(nul.problems.map(formatProblem)).toEqual(['nul.yaml: file looks binary, not YAML text']);
  });

  it('huge file', () => {
    const line = 'padding: ' + 'x'.repeat(70) + '\n';
    const text = line.repeat(Math.ceil(MAX_SCENARIO_CHARS / line.length) + 1);
    const result = loadQuickly(text, 'huge.yaml');
    expect(result.problems.map(formatProblem)).toEqual([
      `huge.yaml: file is too large (${text.length} characters; the limit is ${MAX_SCENARIO_CHARS})`,
    ]);
  });

  it('several documents in one file', () => {
    const result = loadQuickly('id: a\n---\nid: b\n', 'two.yaml');
    expect(result.problems.map(formatProblem)).toEqual([
      'two.yaml:2:1: YAML: Source contains multiple documents; please use YAML.parseAllDocuments()',
    ]);
  });

  it('a missing required field is reported with its path at the document start', () => {
    const tiny = readFileSync(path.resolve(ROOT, 'test/fixtures/tiny.yaml'), 'utf8');
    const result = loadQuickly(tiny.replace('title: Tiny firewall drill\n', ''), 'no-title.yaml');
    expect(result.problems.map(formatProblem)).toEqual([
      'no-title.yaml:2:1: title: Invalid input: expected string, received undefined',
    ]);
  });

  it('never throws on odd input', () => {
    for (const text of [
      'hello',
      '42',
      '[1, 2',
      '{',
      ': :',
      '&a [*a]',
      '!!binary x',
      '~',
      '"\\u0',
    ]) {
      const result = loadQuickly(text, 'odd.yaml');
      expect(result.ok).toBe(false);
      for (const problem of result.problems) expect(formatProblem(problem)).toMatch(/^odd\.yaml/);
    }
  });

  it('loads the tiny fixture with no problems at all', () => {
    const file = 'test/fixtures/tiny.yaml';
    const result = loadScenario(readFileSync(path.resolve(ROOT, file), 'utf8'), file);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
