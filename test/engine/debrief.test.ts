import { readFileSync } from 'node:fs';
import {
  analyzeScenario,
  buildDebrief,
  debriefToMarkdown,
  escapeMarkdown,
  loadScenario,
  runPath,
  scoreDrill,
  type ScenarioModel,
} from '../../src/engine/index.ts';
import { TestDrill, ms } from '../helpers/testDrill.ts';

const HEADINGS = [
  '# Postmortem: ',
  '## Issue Summary',
  '## Timeline',
  '## What misled us',
  '## Root Cause and Resolution',
  '## Corrective and Preventative Measures',
  '## Tasks',
  '## Lessons',
];

function tinyModel(): ScenarioModel {
  const result = loadScenario(readFileSync('test/fixtures/tiny.yaml', 'utf8'), 'tiny.yaml');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.model;
}

const model = tinyModel();
const analysis = analyzeScenario(model);

function debriefOf(path: readonly string[], options?: Parameters<typeof buildDebrief>[4]) {
  const run = runPath(model, path);
  expect(run.failure).toBeNull();
  const ctx = run.session.context();
  const score = scoreDrill(model, ctx, { par: analysis.par?.time ?? null, at: run.session.now() });
  return buildDebrief(model, ctx, score, analysis, options);
}

describe('debrief of the misleading path (the real team’s steps)', () => {
  const debrief = debriefOf(model.file.history!.path);

  it('reveals the root cause', () => {
    expect(debrief.rootCause).toMatchObject({
      hypothesis: 'firewall',
      label: 'Firewall',
      fix: 'Restore rule 42.',
      declaredAt: null,
    });
  });

  it('names the red herring with its explanation and the minutes lost on its hypothesis', () => {
    expect(debrief.redHerrings).toEqual([
      expect.objectContaining({
        clue: 'db-looks-busy',
        explanation: 'Connections pile up because requests hang, not because the database is slow.',
        hypothesis: 'database',
        // check-db (2h) + restart-db (20m), both testing the database hypothesis.
        minutesLost: 140,
        msLost: 140 * 60_000,
      }),
    ]);
  });

  it('groups red herrings under the hypothesis they pointed to', () => {
    expect(debrief.misledBy).toEqual([
      expect.objectContaining({
        hypothesis: 'database',
        label: 'Database',
        minutes: 140,
        clues: [expect.objectContaining({ clue: 'db-looks-busy' })],
      }),
    ]);
  });

  it('lays out three timelines in game time', () => {
    const { team, par, real, axisEnd } = debrief.timelines;
    expect(team.end).toBe(205 * 60_000);
    expect(team.events.find((e) => e.kind === 'harmful')).toMatchObject({
      t: 170 * 60_000,
      mark: 'harmful',
      participant: 'responder',
    });
    expect(par.end).toBe(analysis.par!.time);
    expect(par.events.at(-1)).toMatchObject({ kind: 'resolved', t: 55 * 60_000 });
    expect(real.events.map((e) => e.t)).toEqual([30 * 60_000, 240 * 60_000]);
    expect(axisEnd).toBe(240 * 60_000);
  });

  it('says what went wrong and where the team got lucky, factually', () => {
    expect(debrief.wentWrong.join('\n')).toMatch(/Restart the database.*made things worse/);
    expect(debrief.wentWrong.join('\n')).toMatch(/2h20m went into hypotheses.*Database \(2h20m\)/);
    expect(debrief.wentWrong.join('\n')).toMatch(
      /Escalated at T\+\dh\d\dm, .* later than par \(T\+30m\)/,
    );
    expect(debrief.wentWell).toContain('The alert was acknowledged 0s after it fired (under 5m).');
    expect(debrief.lucky.join('\n')).toMatch(/without the team ever declaring the root cause/);
  });

  it('offers the scenario tasks as open action items', () => {
    expect(debrief.actionItems).toEqual([{ text: 'Audit firewall rules', owner: '', done: false }]);
  });

  it('exports a postmortem with the seed headings in order and tasks as checkboxes', () => {
    const markdown = debriefToMarkdown(
      {
        ...debrief,
        actionItems: [...debrief.actionItems, { text: 'Add alert', owner: 'ana', done: true }],
      },
      { title: 'Tiny drill' },
    );
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Postmortem: Tiny drill');
    const positions = HEADINGS.map((h) => lines.findIndex((l) => l.startsWith(h)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(markdown).toContain('- [ ] Audit firewall rules — owner: unassigned');
    expect(markdown).toContain('- [x] Add alert — owner: ana');
    expect(markdown).toContain('**Database connections high**');
    expect(markdown).toContain(
      '- **Database** was not the cause: 140 min went into it.\n' +
        '  - **Database connections high** (found at T+2h30m): Connections pile up',
    );
    expect(markdown).toContain('- **T+2h50m** responder: That made things worse');
    expect(markdown).toMatch(/par is 55m; this run took 3\.7× par/);
    expect(markdown).toMatch(/the real incident lasted 4h00m/);
  });
});

describe('debrief of the par path', () => {
  const debrief = debriefOf(analysis.par!.path, { participants: ['ana', 'ben'] });

  it('has no red herrings and nothing harmful', () => {
    expect(debrief.redHerrings).toEqual([]);
    expect(debrief.wrongHypotheses).toEqual([]);
    expect(debrief.misledBy).toEqual([]);
    expect(debrief.harmful).toEqual([]);
    expect(debrief.wentWell).toContain('No action made the outage worse.');
  });

  it('uses the participants it is given', () => {
    expect(debrief.participants).toEqual(['ana', 'ben']);
    expect(debriefToMarkdown(debrief)).toContain('**Responders:** ana, ben');
  });

  it('says so in the postmortem', () => {
    expect(debriefToMarkdown(debrief)).toContain('- Nothing: no red herrings were followed.');
  });
});

describe('debrief of a drill with injects and a facilitator', () => {
  // exec-asks is due at 1h but the facilitator sends it at 35m; tickets follows the
  // database clue by 10 minutes on its own; the facilitator also skips 30 minutes.
  const drill = TestDrill.load('test/fixtures/tiny.yaml', { seed: 5 })
    .as('ana')
    .ack()
    .advance('5m')
    .inject('exec-asks')
    .do('check-db')
    .finish()
    .skip('30m')
    .do('check-changes')
    .page('infra')
    .finish()
    .do('fix-firewall')
    .finish();
  const ctx = drill.ctx;
  const score = scoreDrill(model, ctx, { par: analysis.par!.time, at: drill.now });
  const debrief = buildDebrief(model, ctx, score, analysis);
  const team = debrief.timelines.team.events;

  it('shows each inject on the team timeline, saying who sent it', () => {
    expect(team.find((e) => e.text.endsWith('VP asks for status'))).toMatchObject({
      t: ms('35m'),
      kind: 'inject',
      text: 'Fired inject: VP asks for status',
      participant: 'facilitator',
      detail: 'What is going on?',
    });
    expect(team.find((e) => e.text.endsWith('Tickets spike'))).toMatchObject({
      t: ms('2h35m') + ms('10m'),
      kind: 'inject',
      text: 'Scheduled inject: Tickets spike',
      participant: null,
    });
  });

  it('shows the facilitator’s skip, and leaves injects off the par lane', () => {
    expect(team.filter((e) => e.kind === 'facilitator')).toEqual([
      expect.objectContaining({
        text: 'Skipped 30 min of game time',
        participant: 'facilitator',
        mark: null,
      }),
    ]);
    expect(debrief.timelines.par.events.map((e) => e.kind)).not.toContain('inject');
  });

  it('puts them in the postmortem timeline', () => {
    const markdown = debriefToMarkdown(debrief);
    expect(markdown).toContain(
      '- **T+35m** facilitator: Fired inject: VP asks for status — What is going on?',
    );
    expect(markdown).toContain('- **T+2h45m** Scheduled inject: Tickets spike — ');
    expect(markdown).toMatch(/- \*\*T\+2h35m\*\* facilitator: Skipped 30 min of game time\n/);
  });
});

describe('escapeMarkdown', () => {
  it('keeps plain text on one line and markup inert', () => {
    expect(escapeMarkdown('line one\n\n## not a heading\n- not an item')).toBe(
      'line one ## not a heading - not an item',
    );
    expect(escapeMarkdown('a *b* [c](d) <img>')).toBe('a \\*b\\* \\[c\\](d) \\<img\\>');
    expect(escapeMarkdown('# title')).toBe('\\# title');
  });

  it('keeps multi-line task text inside its list item', () => {
    const debrief = debriefOf(analysis.par!.path, {
      actionItems: [
        { text: 'Fix it\n## Injected heading\n- [x] fake', owner: 'x\ny', done: false },
      ],
    });
    const markdown = debriefToMarkdown(debrief);
    expect(markdown).toContain('- [ ] Fix it ## Injected heading - \\[x\\] fake — owner: x y');
    expect(markdown.split('\n').filter((l) => l.startsWith('## Injected'))).toEqual([]);
  });
});
