/**
 * The schedule page: recurring drills for teams, their next occurrence, and the calendar
 * export. Loaded lazily by `App`.
 */
import { useState } from 'react';
import { schedulesToIcs } from '../../schedule/ics.ts';
import { describeSchedule, type Schedule } from '../../schedule/schedule.ts';
import { deleteSchedule, newScheduleId, saveSchedule } from '../../storage/schedules.ts';
import type { CatalogueEntry } from '../catalogue/analyze.ts';
import { entryOrigin } from '../catalogue/origin.ts';
import { downloadText } from '../debrief/download.ts';
import { randomSeed, useAppStore } from '../store.ts';
import { draftOf, newDraft, scheduleOf, type Draft } from './draft.ts';
import { ScheduleForm } from './ScheduleForm.tsx';
import { currentOrNext } from './startScheduled.ts';
import { useSchedules } from './useSchedules.ts';
import { formatWhen } from './when.ts';
import './schedule.css';

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export interface ScheduleScreenProps {
  entries: readonly CatalogueEntry[];
  /** Injected in tests. */
  now?: () => number;
}

type Editing = { kind: 'new' } | { kind: 'edit'; schedule: Schedule } | null;

export function ScheduleScreen({ entries, now = Date.now }: ScheduleScreenProps) {
  const saved = useSchedules();
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const scenarios = entries.flatMap((e) =>
    e.status === 'ok' && entryOrigin(e.path) !== 'draft'
      ? [{ id: e.model.ref.id, title: e.model.file.title }]
      : [],
  );
  const unique = scenarios.filter((s, i) => scenarios.findIndex((o) => o.id === s.id) === i);
  const titleOf = (id: string) => unique.find((s) => s.id === id)?.title ?? id;

  if (saved.status === 'loading') return <p role="status">Loading schedules…</p>;
  if (saved.status === 'unavailable')
    return (
      <p role="alert">
        Schedules are kept in this browser&apos;s database, which is unavailable here, so they
        cannot be created or shown.
      </p>
    );
  const { schedules } = saved;
  const t = now();

  const save = async (draft: Draft): Promise<string | null> => {
    const old = editing?.kind === 'edit' ? editing.schedule : null;
    const base = old ?? {
      id: newScheduleId(),
      seed: randomSeed(),
      createdAt: t,
    };
    try {
      await saveSchedule(scheduleOf(draft, base, now(), titleOf));
      setEditing(null);
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };

  const download = () => {
    try {
      downloadText('firedrill-schedule.ics', schedulesToIcs(schedules, now()), 'text/calendar');
      setProblem(null);
    } catch (error) {
      setProblem(`The calendar could not be written: ${String(error)}`);
    }
  };

  const remove = async (id: string) => {
    setConfirming(null);
    await deleteSchedule(id).catch((error: unknown) =>
      setProblem(`The schedule could not be deleted: ${String(error)}`),
    );
  };

  if (editing)
    return (
      <ScheduleForm
        heading={editing.kind === 'new' ? 'New scheduled drill' : `Edit ${editing.schedule.title}`}
        initial={
          editing.kind === 'edit'
            ? draftOf(editing.schedule)
            : newDraft(t, localZone(), useAppStore.getState().team)
        }
        scenarios={unique}
        onSave={save}
        onCancel={() => setEditing(null)}
      />
    );

  return (
    <div className="schedule">
      <section className="panel" aria-labelledby="schedule-heading">
        <div className="row spread">
          <h2 id="schedule-heading">Scheduled drills</h2>
          <div className="row">
            <button type="button" className="primary" onClick={() => setEditing({ kind: 'new' })}>
              New schedule
            </button>
            <button type="button" onClick={download} disabled={schedules.length === 0}>
              Download calendar (.ics)
            </button>
          </div>
        </div>
        <p className="muted">
          Plan recurring drills for a team. The calendar file adds them to Google Calendar, Outlook
          or Apple Calendar in each schedule&apos;s time zone, so teammates elsewhere see them at
          their own local time; on the day, start them from the Drills page.
        </p>
        {problem && <p role="alert">{problem}</p>}
        {schedules.length === 0 ? (
          <p>No drill is scheduled yet.</p>
        ) : (
          <ul className="schedule-list">
            {schedules.map((s) => (
              <li key={s.id} className="card schedule-item">
                <h3>{s.title}</h3>
                <p>
                  <strong>{s.team}</strong> · {describeSchedule(s)} · {s.durationMinutes} min
                </p>
                <p className="muted">
                  Scenario:{' '}
                  {s.scenario.kind === 'fixed'
                    ? s.scenario.title || s.scenario.scenarioId
                    : `surprise (not played in the last ${s.scenario.recentDays} days)`}
                </p>
                <p>
                  Next: <time>{formatWhen(currentOrNext(s, t), t)}</time>
                </p>
                <div className="row">
                  <button
                    type="button"
                    aria-label={`Edit ${s.title}`}
                    onClick={() => setEditing({ kind: 'edit', schedule: s })}
                  >
                    Edit
                  </button>
                  {confirming === s.id ? (
                    <>
                      <button
                        type="button"
                        className="danger"
                        aria-label={`Confirm delete ${s.title}`}
                        onClick={() => void remove(s.id)}
                      >
                        Confirm delete
                      </button>
                      <button type="button" onClick={() => setConfirming(null)}>
                        Keep it
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      aria-label={`Delete ${s.title}`}
                      onClick={() => setConfirming(s.id)}
                    >
                      Delete
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
