import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/commands.ts';
import { schemaRefFor } from '../../src/cli/scaffold.ts';
import { starterScenario } from '../../src/cli/starter.ts';
import {
  analyzeScenario,
  formatProblem,
  loadScenario,
  parseDuration,
  runPath,
} from '../../src/engine/index.ts';
import { ROOT } from '../helpers/testDrill.ts';

/** Run the CLI against an in-memory file system seeded with `existing` files. */
function cli(argv: string[], existing: Record<string, string> = {}) {
  const files = new Map(Object.entries(existing));
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, {
    readFile: (file) => {
      const text = files.get(file);
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return text;
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    exists: (file) => files.has(file),
    writeNewFile: (file, text) => {
      if (files.has(file)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
      files.set(file, text);
    },
  });
  return { code, out: out.join('\n'), err: err.join('\n'), files };
}

describe('scenario CLI: new', () => {
  it('writes scenarios/<id>.yaml with the schema header, and it validates and analyses cleanly', () => {
    const run = cli(['new', 'checkout-pool-drill']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('wrote scenarios/checkout-pool-drill.yaml');
    const text = run.files.get('scenarios/checkout-pool-drill.yaml')!;
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../public/schema/scenario.schema.json',
    );
    const loaded = loadScenario(text, 'scenarios/checkout-pool-drill.yaml');
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    if (!loaded.ok) throw new Error('starter does not load');
    expect(loaded.model.file).toMatchObject({
      id: 'checkout-pool-drill',
      title: 'Checkout pool drill',
    });
    const analysis = analyzeScenario(loaded.model);
    expect(analysis.par).not.toBeNull();
    expect(analysis.graph.complete).toBe(true);
    expect(analysis.graph.softLocks).toEqual([]);
    expect(analysis.graph.redHerrings.length).toBeGreaterThan(0);
    expect(analysis.par!.path.some((s) => s.startsWith('page:'))).toBe(true);
  });

  it('writes a drill that passes the shipped-scenario rules: history within 10 %, far above par', () => {
    const loaded = loadScenario(
      starterScenario('x-drill', '../public/schema/scenario.schema.json'),
    );
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    const { model } = loaded;
    const history = model.file.history!;
    const run = runPath(model, history.path);
    expect(run.failure).toBeNull();
    const real = parseDuration(history.duration);
    expect(Math.abs(run.session.context().resolvedAt! - real)).toBeLessThanOrEqual(real * 0.1);
    expect(analyzeScenario(model).par!.time).toBeLessThan(real * 0.5);
    expect(history.timeline.some((e) => e.kind === 'misleading')).toBe(true);
  });

  it('comments every top-level section', () => {
    const lines = starterScenario('x-drill', 'x').split('\n');
    for (const section of [
      'schemaVersion',
      'failureModes',
      'sources',
      'world',
      'incident',
      'hypotheses',
      'clues',
      'actions',
      'escalation',
      'injects',
      'hints',
      'rootCause',
      'history',
    ]) {
      const at = lines.findIndex((l) => l.startsWith(`${section}:`));
      expect(at, section).toBeGreaterThan(0);
      expect(lines[at - 1], `comment above ${section}`).toMatch(/^# /);
    }
  });

  it('--out writes elsewhere, with a header path relative to that file', () => {
    const run = cli(['new', 'my-drill', '--out', 'drafts/deep/my-drill.yaml']);
    expect(run.code).toBe(0);
    expect(run.files.get('drafts/deep/my-drill.yaml')!.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../public/schema/scenario.schema.json',
    );
    expect(schemaRefFor('scenarios/a.yaml', ROOT)).toBe('../public/schema/scenario.schema.json');
  });

  it('refuses to overwrite an existing file', () => {
    const existing = { 'scenarios/taken.yaml': 'mine' };
    const run = cli(['new', 'taken'], existing);
    expect(run.code).toBe(1);
    expect(run.err).toContain('scenarios/taken.yaml already exists');
    expect(run.files.get('scenarios/taken.yaml')).toBe('mine');
  });

  it('rejects ids that are not kebab-case, and a missing id', () => {
    for (const id of [
      'Checkout',
      'checkout_pool',
      'double--dash',
      '-lead',
      'trail-',
      'a'.repeat(81),
    ]) {
      const run = cli(['new', id]);
      expect(run.code, id).toBe(2);
      expect(run.err).toContain('not a kebab-case id');
      expect(run.files.size).toBe(0);
    }
    expect(cli(['new']).code).toBe(2);
  });

  it('the shipped scenarios all start with the same header the starter uses', () => {
    const header = readFileSync(
      path.join(ROOT, 'scenarios/web-stack-outage-2023-10.yaml'),
      'utf8',
    ).split('\n')[0];
    expect(starterScenario('a', schemaRefFor('scenarios/a.yaml', ROOT)).split('\n')[0]).toBe(
      header,
    );
  });
});
