import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConsoleScreen } from '../../src/ui/console/ConsoleScreen.tsx';
import { selectTimeline } from '../../src/engine/index.ts';
import { TIMELINE_PAGE } from '../../src/ui/console/TimelinePanel.tsx';
import { newSession, renderWithMotion, resetStore } from './drillFixtures.tsx';

function setup() {
  const session = newSession();
  const onOver = vi.fn();
  renderWithMotion(<ConsoleScreen session={session} onOver={onOver} />);
  return { session, onOver, user: userEvent.setup() };
}

const timeline = () => screen.getByRole('list', { name: /Timeline entries/ });
const actionItem = (label: string) =>
  screen.getByRole('button', { name: new RegExp(label) }).closest('li')!;

describe('Incident console', () => {
  beforeEach(() => resetStore());

  it('opens at the alert: clock, impact and the acknowledge button', async () => {
    const { session, user } = setup();
    expect(screen.getByText('00:30:00')).toBeInTheDocument();
    expect(screen.getByText('75 %')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Acknowledge alert' }));
    expect(session.context().acknowledgedAt).toBe(30 * 60_000);
    expect(screen.getByText('Acknowledged')).toBeInTheDocument();
  });

  it('an action runs, completes on jump-to-next, and its outcome and clue appear', async () => {
    const { session, user } = setup();
    await user.click(screen.getByRole('button', { name: /Review change log/ }));
    expect(within(actionItem('Review change log')).getByText('In progress')).toBeInTheDocument();
    expect(
      within(actionItem('Review change log')).getByText(/You, until T\+45m/),
    ).toBeInTheDocument();
    act(() => {
      session.jumpToNext();
    });
    expect(within(timeline()).getByText('A firewall rule changed last night.')).toBeInTheDocument();
    const evidence = screen.getByRole('region', { name: /Evidence/ });
    expect(within(evidence).getByText('Firewall rule changed last night')).toBeInTheDocument();
    expect(within(actionItem('Review change log')).getByText('Done')).toBeInTheDocument();
  });

  it('while you work on an action the others wait, and the panel says so', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: /Review change log/ }));
    const panel = screen.getByRole('region', { name: 'Actions' });
    expect(
      within(panel).getByText(/the others wait until yours is done or cancelled/),
    ).toBeVisible();
    expect(within(panel).getByText(/^Busy until T\+45m with "Review change log/)).toBeVisible();
    const others = within(panel)
      .getAllByRole('button')
      .filter((b) => !/Review change log|Cancel my action/.test(b.textContent ?? ''));
    expect(others.length).toBeGreaterThan(0);
    for (const b of others) expect(b).toBeDisabled();
    await user.click(within(panel).getByRole('button', { name: 'Cancel my action' }));
    expect(within(panel).getByText(/Free to start an action/)).toBeVisible();
  });

  it('the timeline shows the newest entries and all of them on request', async () => {
    const { session, user } = setup();
    act(() => {
      for (let i = 0; i < TIMELINE_PAGE + 5; i++)
        session.send({ type: 'player.note', participant: 'You', text: `note ${i}` });
    });
    const total = selectTimeline(session.context()).length;
    expect(within(timeline()).getAllByRole('listitem')).toHaveLength(TIMELINE_PAGE);
    expect(within(timeline()).getByText(`note ${TIMELINE_PAGE + 4}`)).toBeInTheDocument();
    expect(within(timeline()).queryByText('note 0')).not.toBeInTheDocument();
    await user.click(
      screen.getByRole('button', {
        name: `Show all ${total} entries (${total - TIMELINE_PAGE} older)`,
      }),
    );
    expect(within(timeline()).getAllByRole('listitem')).toHaveLength(total);
    expect(within(timeline()).getByText('note 0')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Show the newest ${TIMELINE_PAGE} only` }));
    expect(within(timeline()).getAllByRole('listitem')).toHaveLength(TIMELINE_PAGE);
  });

  it('a locked action says why', () => {
    setup();
    const item = actionItem('Restore firewall rule');
    expect(within(item).getByText('Locked')).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: /Restore firewall rule/ })).toBeDisabled();
    expect(within(item).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('declares and changes a hypothesis, with history', async () => {
    const { session, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Declare: Database' }));
    await user.click(screen.getByRole('button', { name: 'Declare: Firewall' }));
    expect(session.context().hypothesis).toBe('firewall');
    const board = screen.getByRole('region', { name: 'Hypothesis' });
    expect(within(board).getByRole('button', { name: 'Current: Firewall' })).toBeDisabled();
    expect(within(board).getByText(/You: Database/)).toBeInTheDocument();
  });

  it('pages an escalation level and shows when it joins', async () => {
    const { session, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Page Infrastructure team' }));
    const panel = screen.getByRole('region', { name: 'Escalation' });
    expect(within(panel).getByText(/expected to join at T\+45m/)).toBeInTheDocument();
    act(() => {
      session.jumpToNext();
    });
    expect(within(panel).getByText('Joined at T+45m')).toBeInTheDocument();
  });

  it('posts a status update and restarts the cadence', async () => {
    const { session, user } = setup();
    const panel = screen.getByRole('region', { name: 'Communications' });
    expect(within(panel).getByText('No status update posted yet.')).toBeInTheDocument();
    await user.type(within(panel).getByLabelText('Status update'), 'Investigating slow pages');
    await user.click(within(panel).getByRole('button', { name: 'Post status update' }));
    expect(session.journal.at(-1)?.event).toMatchObject({ type: 'player.status' });
    expect(within(panel).getByText(/Next due in 30m/)).toBeInTheDocument();
    expect(within(panel).getByText(/You: Investigating slow pages/)).toBeInTheDocument();
  });

  it('adds a scribe note to the timeline, attributed to the acting participant', async () => {
    resetStore({
      mode: 'team',
      roster: [
        { name: 'Ana', role: 'incident-commander' },
        { name: 'Bo', role: 'scribe' },
      ],
      activeParticipant: 'Ana',
    });
    const { user } = setup();
    await user.click(screen.getByLabelText(/Bo/));
    await user.type(screen.getByLabelText('Note for the log'), 'Bridge opened');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(within(timeline()).getByText('Bo:')).toBeInTheDocument();
  });

  it('solo mode offers a hint', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Hint' }));
    expect(screen.getAllByText(/What changed recently\?/).length).toBeGreaterThan(0);
  });

  it('nudges a stuck solo player after 45 game minutes without evidence', () => {
    const { session } = setup();
    expect(screen.queryByText('Stuck? Ask for a hint.')).toBeNull();
    act(() => session.advanceBy(46 * 60_000));
    expect(screen.getByText('Stuck? Ask for a hint.')).toBeInTheDocument();
  });

  it('charts label values in text and a fix brings response time down', async () => {
    const { session, user } = setup();
    const dash = screen.getByRole('region', { name: 'Dashboards' });
    expect(within(dash).getByRole('img', { name: /Response time p95: now/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Page Infrastructure team' }));
    await user.click(screen.getByRole('button', { name: /Review change log/ }));
    act(() => {
      while (session.jumpToNext() && !session.context().clues['firewall-change']);
    });
    await user.click(screen.getByRole('button', { name: /Restore firewall rule/ }));
    act(() => {
      while (!session.isOver() && session.jumpToNext());
    });
    const label = within(dash)
      .getByRole('img', { name: /Response time p95/ })
      .getAttribute('aria-label');
    const now = Number(/now ([\d,.]+)/.exec(label ?? '')?.[1]?.replace(',', ''));
    expect(now).toBeLessThan(400);
  });

  it('navigates away when the drill is over', () => {
    const { session, onOver } = setup();
    act(() => {
      session.send({ type: 'facilitator.end' });
    });
    expect(onOver).toHaveBeenCalled();
  });
});
