/**
 * The authoring guide (scenarios/README.md) stays true: its field reference names every
 * field of the format, its walk-through snippets add up to the complete example, and the
 * complete example is test/fixtures/walkthrough.yaml, a valid drill.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { USAGE } from '../../src/cli/commands.ts';
import {
  PLAYER_MODELS,
  analyzeScenario,
  formatProblem,
  loadScenario,
  parseDuration,
  runPath,
  scenarioJsonSchema,
} from '../../src/engine/index.ts';
import { ROOT } from '../helpers/testDrill.ts';

const guide = readFileSync(path.join(ROOT, 'scenarios/README.md'), 'utf8');
const FIXTURE = 'test/fixtures/walkthrough.yaml';
const fixture = readFileSync(path.join(ROOT, FIXTURE), 'utf8');

/** The text of the `## heading` section, up to the next `## `. */
function section(heading: string): string {
  const start = guide.indexOf(`\n## ${heading}`);
  expect(start, `section "## ${heading}"`).toBeGreaterThanOrEqual(0);
  const end = guide.indexOf('\n## ', start + 1);
  return guide.slice(start, end < 0 ? undefined : end);
}

/** The bodies of the ```yaml fenced blocks of a text. */
const yamlBlocks = (text: string) =>
  [...text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);

/** Every property of the JSON Schema, with where it sits (`world.metrics[].alertAbove`). */
function schemaFields(node: unknown, at = ''): { name: string; at: string }[] {
  if (!node || typeof node !== 'object') return [];
  const n = node as Record<string, unknown>;
  const found: { name: string; at: string }[] = [];
  for (const [name, child] of Object.entries((n.properties as Record<string, unknown>) ?? {})) {
    const here = at ? `${at}.${name}` : name;
    found.push({ name, at: here }, ...schemaFields(child, here));
  }
  for (const key of ['items', 'additionalProperties', 'anyOf', 'oneOf', 'allOf'])
    for (const child of [n[key]].flat())
      found.push(...schemaFields(child, key === 'items' ? `${at}[]` : at));
  return found;
}

describe('scenario guide: field reference', () => {
  const reference = section('Field reference');

  it('walks a schema with the fields we know are there', () => {
    const names = schemaFields(scenarioJsonSchema()).map((f) => f.at);
    expect(names).toEqual(
      expect.arrayContaining([
        'failureModes',
        'world.metrics[].alertAbove',
        'actions[].requires.anyClues',
        'actions[].effects.metrics[].for',
        'history.path',
      ]),
    );
  });

  it('names every field of the format', () => {
    const missing = schemaFields(scenarioJsonSchema()).filter(
      (f) => !reference.includes(`\`${f.name}\``),
    );
    expect(missing.map((f) => f.at)).toEqual([]);
  });

  it('lists every failure mode and player model', () => {
    const schema = scenarioJsonSchema() as {
      properties: { failureModes: { items: { enum: string[] } } };
    };
    for (const mode of schema.properties.failureModes.items.enum)
      expect(reference).toContain(`\`${mode}\``);
    for (const model of PLAYER_MODELS) expect(guide).toContain(`\`${model.id}\``);
  });
});

describe('scenario guide: walk-through', () => {
  const listing = yamlBlocks(section('The complete example, annotated'))[0]!;
  const steps = yamlBlocks(section('Walk-through: a scenario in eight steps'));

  it('ends in the complete example, which is test/fixtures/walkthrough.yaml', () => {
    const [header, ...body] = listing.split('\n');
    expect(header).toBe('# yaml-language-server: $schema=../public/schema/scenario.schema.json');
    // Only the schema path differs: the fixture sits two folders down.
    expect(fixture.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../public/schema/scenario.schema.json',
    );
    expect(body.join('\n')).toBe(fixture.split('\n').slice(1).join('\n'));
  });

  it('has steps that are valid YAML and together make up the whole file, section by section', () => {
    const complete = parse(fixture) as Record<string, unknown>;
    expect(steps.length).toBe(7);
    const covered: string[] = [];
    for (const [i, text] of steps.entries()) {
      const step = parse(text) as Record<string, unknown>;
      for (const [key, value] of Object.entries(step)) {
        expect(value, `step ${i + 1}: ${key}`).toEqual(complete[key]);
        covered.push(key);
      }
    }
    expect(covered.sort()).toEqual(Object.keys(complete).sort());
  });

  it('builds a drill that validates and analyses cleanly, with the numbers the guide quotes', () => {
    const loaded = loadScenario(fixture, FIXTURE);
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    if (!loaded.ok) return;
    const analysis = analyzeScenario(loaded.model);
    expect(analysis.graph.complete).toBe(true);
    expect(analysis.graph.softLocks).toEqual([]);
    expect(analysis.graph.redHerrings).toEqual(['deploy-just-before']);
    expect(analysis.par!.time).toBe(parseDuration('25m'));
    expect(analysis.par!.path).toEqual(['read-app-logs', 'page:platform-team', 'grow-volume']);
    expect(guide).toContain('`read-app-logs → page:platform-team → grow-volume`');
    const run = runPath(loaded.model, loaded.model.file.history!.path);
    expect(run.failure).toBeNull();
    expect(run.session.context().resolvedAt).toBe(
      parseDuration(loaded.model.file.history!.duration),
    );
  });
});

describe('scenario guide: testing', () => {
  it('documents every CLI command', () => {
    const testing = section('Testing a scenario');
    const commands = [...USAGE.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!);
    expect(commands).toEqual(['validate', 'analyze', 'schema', 'play', 'simulate', 'new']);
    for (const command of commands) expect(testing).toContain(`npm run scenario -- ${command}`);
  });
});
