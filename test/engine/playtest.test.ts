import { nextParStep, playtestView, rewindSession } from '../../src/engine/index.ts';
import { TestDrill, ms } from '../helpers/testDrill.ts';

const tiny = () => TestDrill.load('test/fixtures/tiny.yaml', { seed: 7 });

describe('playtest', () => {
  it('shows the hidden facts: root cause, red herrings, inject due times, action effects', () => {
    const drill = tiny().ack().do('check-db').finish();
    const view = playtestView(drill.session, 'responder');
    expect(view.rootCause).toMatchObject({ hypothesis: 'firewall', label: 'Firewall' });
    expect(view.clues.map((c) => [c.id, c.foundAt !== null, c.redHerring])).toEqual([
      ['db-looks-busy', true, true],
      ['firewall-change', false, false],
    ]);
    const tickets = view.pendingInjects.find((i) => i.id === 'tickets')!;
    expect(tickets).toMatchObject({ armed: true, condition: 'clues: db-looks-busy (then 10m)' });
    expect(tickets.dueAt).toBe(drill.session.now() + ms('10m'));
    expect(view.pendingInjects.map((i) => i.id)).not.toContain('exec-asks'); // fired at 1h
    const restart = view.actions.find((a) => a.id === 'restart-db')!;
    expect(restart).toMatchObject({ status: 'available', effects: ['moves to phase worse'] });
    expect(restart.harmful).toMatch(/drops every connection/);
    expect(view.actions.find((a) => a.id === 'fix-firewall')).toMatchObject({
      resolves: true,
      requires: 'clues: firewall-change; escalated: infra',
    });
  });

  it('finds the next par step from the current state, letting running work finish first', () => {
    const drill = tiny().ack();
    expect(nextParStep(drill.session)).toMatchObject({
      step: 'check-changes',
      steps: ['check-changes', 'page:infra', 'fix-firewall'],
      waitedFor: [],
    });
    drill.do('check-changes');
    const next = nextParStep(drill.session);
    expect(next).toMatchObject({ step: 'page:infra', waitedFor: ['check-changes'] });
    expect(drill.session.context().inFlight.responder?.action).toBe('check-changes');
    drill.finish().page('infra').jump().do('fix-firewall').finish().expectResolved();
    expect(nextParStep(drill.session).step).toBeNull();
  });

  it('rewinds to any point of the journal on a fresh session with the same seed', () => {
    const drill = tiny().ack().do('check-db').finish().page('infra');
    const { session } = drill;
    const rewound = rewindSession(session, 2);
    expect(rewound).not.toBe(session);
    expect(rewound.seed).toBe(session.seed);
    expect(rewound.journal).toEqual(session.journal.slice(0, 2));
    expect(rewound.context().escalations).toEqual({});
    expect(rewound.now()).toBe(session.journal[1]!.t);
    const fromAlert = rewindSession(session, 0);
    expect(fromAlert.journal).toEqual([]);
    expect(fromAlert.now()).toBe(ms('30m'));
  });
});
