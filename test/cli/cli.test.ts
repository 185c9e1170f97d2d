import { cli, TINY } from './runCliInProcess.ts';

describe('scenario CLI', () => {
  it('validate: exit 0 on a valid file', () => {
    expect(cli('validate', TINY)).toEqual({
      code: 0,
      out: `${TINY}: ok\n1 file(s) valid`,
      err: '',
    });
  });

  it('validate: exit 1 with file:line:col lines on a broken file', () => {
    const file = 'test/fixtures/broken/unknown-clue.yaml';
    const run = cli('validate', TINY, file);
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      `${file}:78:25: actions[1].requires.clues[0]: unknown clue "db-looks-bussy"`,
    );
    expect(run.out).toBe(`${TINY}: ok\n1 of 2 file(s) invalid`);
  });

  it('validate: a missing file is reported, not thrown', () => {
    const run = cli('validate', 'test/fixtures/nope.yaml');
    expect(run.code).toBe(1);
    expect(run.err).toBe('test/fixtures/nope.yaml: cannot read file (ENOENT)');
  });

  it('exit 2 with no arguments, no files, or an unknown command', () => {
    expect(cli().code).toBe(2);
    expect(cli('validate')).toMatchObject({
      code: 2,
      err: 'validate: give at least one scenario file',
    });
    const unknown = cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^unknown command "frobnicate"\nUsage:/);
    expect(cli('help').code).toBe(0);
  });

  it('analyze: prints par time and path', () => {
    const run = cli('analyze', TINY);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Par time: 55m');
    expect(run.out).toContain('Par path: check-changes → page:infra → fix-firewall');
    expect(run.out).toContain('Red herrings reachable: db-looks-busy');
    expect(run.out).toContain('Soft-locks: none');
  });

  it('analyze --json: parses, with par.path', () => {
    const run = cli('analyze', TINY, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out) as {
      par: { path: string[]; timeMs: number };
      graph: { complete: boolean };
    };
    expect(json.par.path).toEqual(['check-changes', 'page:infra', 'fix-firewall']);
    expect(json.par.timeMs).toBe(55 * 60_000);
    expect(json.graph.complete).toBe(true);
  });

  it('schema: prints the JSON Schema', () => {
    const run = cli('schema');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toHaveProperty('$schema');
  });

  it('play --actions: resolves at par', () => {
    const run = cli('play', TINY, '--actions', 'check-changes,page:infra,fix-firewall');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Outcome: resolved at T+55m');
    expect(run.out).toContain('Grade: ');
  });

  it('play --history: the real path resolves too', () => {
    const run = cli('play', TINY, '--history', '--seed', '4');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Outcome: resolved at T+3h25m');
    expect(run.out).toContain('harmful actions: 1');
  });

  it('play: a step that cannot be taken exits 1 and says why; a bad seed exits 2', () => {
    const run = cli('play', TINY, '--actions', 'fix-firewall');
    expect(run.code).toBe(1);
    expect(run.err).toContain('step 1 "fix-firewall": action "fix-firewall" is not available');
    expect(cli('play', TINY, '--actions', 'check-db', '--seed', 'x').code).toBe(2);
    expect(cli('play', TINY).code).toBe(2);
  });
});
