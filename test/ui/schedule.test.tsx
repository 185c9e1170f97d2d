import 'fake-indexeddb/auto';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ICAL from 'ical.js';
import { database } from '../../src/storage/db.ts';
import { listSchedules, saveSchedule } from '../../src/storage/schedules.ts';
import { listDrills } from '../../src/storage/drills.ts';
import { App } from '../../src/ui/App.tsx';
import { NextDrillCard } from '../../src/ui/schedule/NextDrillCard.tsx';
import { currentOrNext, occurrenceSeed } from '../../src/ui/schedule/startScheduled.ts';
import { ScheduleScreen } from '../../src/ui/schedule/ScheduleScreen.tsx';
import { useAppStore } from '../../src/ui/store.ts';
import { schedule } from '../schedule/fixtures.ts';
import { entryFrom, resetStore, tinyText } from './drillFixtures.tsx';

const entries = [entryFrom(tinyText, '/scenarios/tiny.yaml')];
// Wednesday 2025-01-01 09:00 UTC.
const now = () => Date.UTC(2025, 0, 1, 9);

async function fill(label: string, value: string) {
  const input = screen.getByLabelText(label);
  await userEvent.clear(input);
  await userEvent.type(input, value);
}

describe('Schedule page', () => {
  beforeEach(async () => {
    resetStore();
    await database().schedules.clear();
  });

  it('creates a schedule and lists it with its next occurrence', async () => {
    const user = userEvent.setup();
    render(<ScheduleScreen entries={entries} now={now} />);
    expect(await screen.findByText('No drill is scheduled yet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download calendar (.ics)' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'New schedule' }));
    await fill('Name', 'Platform fortnightly');
    await fill('Team', 'Platform');
    await user.selectOptions(screen.getByLabelText('Repeats'), 'fortnightly');
    await user.selectOptions(screen.getByLabelText('Weekday'), 'Tuesday');
    await fill('Time zone', 'UTC');
    await user.selectOptions(screen.getByLabelText('Scenario'), 'tiny-firewall');
    await user.click(screen.getByRole('button', { name: 'Save schedule' }));

    const item = await screen.findByRole('listitem');
    expect(within(item).getByRole('heading', { name: 'Platform fortnightly' })).toBeInTheDocument();
    expect(item).toHaveTextContent('Every two weeks on Tuesday at 10:00 (UTC)');
    expect(item).toHaveTextContent('Scenario: Tiny firewall drill');
    expect(item).toHaveTextContent(/Next: .*7.*2025.*\(in 6 days\)/);
    const [saved] = await listSchedules();
    expect(saved).toMatchObject({
      team: 'Platform',
      recurrence: { kind: 'weekly', every: 2, weekday: 2 },
      scenario: { kind: 'fixed', scenarioId: 'tiny-firewall', title: 'Tiny firewall drill' },
    });
  });

  it('says why a schedule cannot be saved', async () => {
    const user = userEvent.setup();
    render(<ScheduleScreen entries={entries} now={now} />);
    await user.click(await screen.findByRole('button', { name: 'New schedule' }));
    await fill('Team', 'Platform');
    await fill('Time zone', 'Mars/Olympus');
    await user.click(screen.getByRole('button', { name: 'Save schedule' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Cannot save: timeZone: unknown time zone',
    );
    expect(await listSchedules()).toEqual([]);
  });

  it('edits and deletes a schedule', async () => {
    const user = userEvent.setup();
    await saveSchedule(schedule({ title: 'Old name' }));
    render(<ScheduleScreen entries={entries} now={now} />);
    await user.click(await screen.findByRole('button', { name: 'Edit Old name' }));
    expect(screen.getByLabelText('Repeats')).toHaveValue('weekly');
    await fill('Name', 'New name');
    await user.selectOptions(screen.getByLabelText('Repeats'), 'monthly-day');
    await user.selectOptions(screen.getByLabelText('Day of month'), 'Last day');
    await user.click(screen.getByRole('button', { name: 'Save schedule' }));
    const item = await screen.findByRole('listitem');
    expect(item).toHaveTextContent('New name');
    expect(item).toHaveTextContent('Monthly on the last day at 10:00 (UTC)');
    expect(await listSchedules()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Delete New name' }));
    await user.click(screen.getByRole('button', { name: 'Confirm delete New name' }));
    expect(await screen.findByText('No drill is scheduled yet.')).toBeInTheDocument();
    expect(await listSchedules()).toEqual([]);
  });

  it('downloads every schedule as an .ics calendar', async () => {
    const user = userEvent.setup();
    await saveSchedule(schedule({ id: 'a', title: 'Weekly', createdAt: 1 }));
    await saveSchedule(
      schedule({
        id: 'b',
        title: 'First Tuesday',
        createdAt: 2,
        recurrence: { kind: 'monthly-weekday', nth: 1, weekday: 2 },
      }),
    );
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:calendar';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    render(<ScheduleScreen entries={entries} now={now} />);
    await user.click(await screen.findByRole('button', { name: 'Download calendar (.ics)' }));
    create.mockRestore();
    revoke.mockRestore();
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.type).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await blobs[0]!.text()) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['Firedrill: Weekly', 'Firedrill: First Tuesday']);
    const rule = events[1]!.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect([rule.freq, rule.interval, rule.getComponent('byday')]).toEqual(['MONTHLY', 1, ['1TU']]);
  });
});

describe('Next scheduled drill in the lobby', () => {
  beforeEach(async () => {
    resetStore();
    await database().schedules.clear();
  });

  it('shows nothing without a schedule', async () => {
    const { container } = render(<NextDrillCard entries={entries} now={now} />);
    await act(() => listSchedules());
    expect(container).toBeEmptyDOMElement();
  });

  it('shows the soonest drill and "Start now" opens its briefing for the team, with the schedule id', async () => {
    const user = userEvent.setup();
    await saveSchedule(
      schedule({ id: 'later', title: 'Monthly', recurrence: { kind: 'monthly-day', day: 20 } }),
    );
    await saveSchedule(schedule({ id: 'soon', title: 'Weekly surprise', team: 'Night shift' }));
    render(<NextDrillCard entries={entries} now={now} />);
    const card = await screen.findByRole('region', { name: 'Weekly surprise' });
    expect(card).toHaveTextContent('Night shift');
    expect(card).toHaveTextContent('(in 6 days)');
    expect(card).toHaveTextContent('Surprise scenario');
    await user.click(within(card).getByRole('button', { name: 'Start now' }));
    await waitFor(() => expect(useAppStore.getState().screen).toBe('briefing'));
    expect(useAppStore.getState()).toMatchObject({
      scenarioPath: '/scenarios/tiny.yaml',
      team: 'Night shift',
      scheduleId: 'soon',
      mystery: true,
      mode: 'team',
    });
  });

  it("states the seed the drill runs with, and leaves the lobby's own seed alone", async () => {
    const user = userEvent.setup();
    // The user typed a seed in the lobby: pinned for their next drills.
    useAppStore.getState().setSeed(999);
    const saved = schedule({ id: 'soon', title: 'Weekly surprise' });
    await saveSchedule(saved);
    const expected = occurrenceSeed(saved, currentOrNext(saved, now()));
    render(<NextDrillCard entries={entries} now={now} />);
    const card = await screen.findByRole('region', { name: 'Weekly surprise' });
    expect(within(card).getByTestId('next-drill-seed')).toHaveTextContent(
      `Runs with the schedule's seed ${expected}, the same for everyone who starts it; the lobby's Seed field is not used.`,
    );
    await user.click(within(card).getByRole('button', { name: 'Start now' }));
    await waitFor(() => expect(useAppStore.getState().screen).toBe('briefing'));
    expect(useAppStore.getState()).toMatchObject({
      scheduleSeed: expected,
      seed: 999,
      seedPinned: true,
    });
  });

  it('the scheduled drill is played with the seed its card shows; a drill chosen next uses the lobby seed', async () => {
    const user = userEvent.setup();
    useAppStore.getState().setSeed(999);
    await database().drills.clear();
    const saved = schedule({ id: 'soon', title: 'Weekly surprise' });
    await saveSchedule(saved);
    const expected = occurrenceSeed(saved, currentOrNext(saved, Date.now()));
    const noFrames = { request: () => 0, cancel: () => {} };
    const source = () => Promise.resolve([{ path: '/scenarios/tiny.yaml', text: tinyText }]);
    render(<App source={source} scheduler={noFrames} />);
    const card = await screen.findByRole('region', { name: 'Weekly surprise' });
    expect(card).toHaveTextContent(`seed ${expected},`);
    const start = within(card).getByRole('button', { name: 'Start now' });
    await waitFor(() => expect(start).toBeEnabled());
    await user.click(start);
    await user.click(await screen.findByRole('button', { name: 'Start the drill' }));
    await user.click(await screen.findByRole('button', { name: 'Acknowledge alert' }));
    await waitFor(async () =>
      expect((await listDrills()).map((d) => [d.scheduleId, d.seed])).toEqual([['soon', expected]]),
    );

    // Back in the lobby, a drill picked from the catalogue runs with the lobby's seed again.
    act(() => useAppStore.getState().go('lobby'));
    expect(await screen.findByLabelText('Seed')).toHaveValue(999);
    await user.click(await screen.findByRole('button', { name: /^Brief me: Tiny firewall drill/ }));
    expect(useAppStore.getState()).toMatchObject({ scheduleId: null, scheduleSeed: null });
  }, 20_000);

  it('says so when the fixed scenario is missing from the catalogue', async () => {
    const user = userEvent.setup();
    await saveSchedule(
      schedule({ scenario: { kind: 'fixed', scenarioId: 'gone', title: 'Gone drill' } }),
    );
    render(<NextDrillCard entries={entries} now={now} />);
    await user.click(await screen.findByRole('button', { name: 'Start now' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '"Gone drill" is not in the catalogue',
    );
    expect(useAppStore.getState().screen).toBe('lobby');
  });
});
