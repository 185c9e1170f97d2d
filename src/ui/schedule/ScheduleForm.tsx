/** Create or edit a schedule: when it repeats, for which team, and with which scenario. */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { WEEKDAYS } from '../../schedule/schedule.ts';
import type { Draft, Repeat } from './draft.ts';

const REPEATS: { id: Repeat; label: string }[] = [
  { id: 'weekly', label: 'Every week' },
  { id: 'fortnightly', label: 'Every two weeks' },
  { id: 'monthly-weekday', label: 'Monthly on a weekday' },
  { id: 'monthly-day', label: 'Monthly on a day of the month' },
];
const NTHS = [
  { id: 1, label: 'First' },
  { id: 2, label: 'Second' },
  { id: 3, label: 'Third' },
  { id: 4, label: 'Fourth' },
  { id: -1, label: 'Last' },
] as const;
const DAYS = [...Array.from({ length: 28 }, (_, i) => i + 1), -1];

const zones = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
})();

/** A label beside its control (not wrapping it, so a select's name is the label alone). */
function Field({
  label,
  htmlFor,
  children,
}: {
  label: string;
  htmlFor: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={htmlFor}>{label}</label>
      {children}
    </div>
  );
}

export interface ScheduleFormProps {
  heading: string;
  initial: Draft;
  scenarios: readonly { id: string; title: string }[];
  /** Resolves to an error message, or null once saved. */
  onSave: (draft: Draft) => Promise<string | null>;
  onCancel: () => void;
}

export function ScheduleForm({ heading, initial, scenarios, onSave, onCancel }: ScheduleFormProps) {
  const [d, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const set = (patch: Partial<Draft>) => setDraft((old) => ({ ...old, ...patch }));
  const monthlyDay = d.repeat === 'monthly-day';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(await onSave(d));
    setSaving(false);
  };

  return (
    <form
      className="panel schedule-form"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => void submit(e)}
    >
      <h2 id={`${id}-h`}>{heading}</h2>
      <div className="form-grid">
        <Field label="Name" htmlFor={`${id}-name`}>
          <input
            id={`${id}-name`}
            value={d.title}
            maxLength={120}
            required
            onChange={(e) => set({ title: e.target.value })}
          />
        </Field>
        <Field label="Team" htmlFor={`${id}-team`}>
          <input
            id={`${id}-team`}
            value={d.team}
            maxLength={80}
            required
            onChange={(e) => set({ team: e.target.value })}
          />
        </Field>
        <Field label="Repeats" htmlFor={`${id}-repeat`}>
          <select
            id={`${id}-repeat`}
            value={d.repeat}
            onChange={(e) => set({ repeat: e.target.value as Repeat })}
          >
            {REPEATS.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </Field>
        {d.repeat === 'monthly-weekday' && (
          <Field label="Which" htmlFor={`${id}-nth`}>
            <select
              id={`${id}-nth`}
              value={d.nth}
              onChange={(e) => set({ nth: Number(e.target.value) as Draft['nth'] })}
            >
              {NTHS.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label}
                </option>
              ))}
            </select>
          </Field>
        )}
        {monthlyDay ? (
          <Field label="Day of month" htmlFor={`${id}-day`}>
            <select
              id={`${id}-day`}
              value={d.day}
              onChange={(e) => set({ day: Number(e.target.value) })}
            >
              {DAYS.map((n) => (
                <option key={n} value={n}>
                  {n === -1 ? 'Last day' : n}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <Field label="Weekday" htmlFor={`${id}-weekday`}>
            <select
              id={`${id}-weekday`}
              value={d.weekday}
              onChange={(e) => set({ weekday: Number(e.target.value) })}
            >
              {WEEKDAYS.map((name, i) => (
                <option key={name} value={i}>
                  {name}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label="Time" htmlFor={`${id}-time`}>
          <input
            id={`${id}-time`}
            type="time"
            value={d.time}
            required
            onChange={(e) => set({ time: e.target.value })}
          />
        </Field>
        <Field label="Duration (minutes)" htmlFor={`${id}-duration`}>
          <input
            id={`${id}-duration`}
            type="number"
            min={5}
            max={480}
            step={5}
            value={d.durationMinutes}
            onChange={(e) => set({ durationMinutes: Math.round(Number(e.target.value) || 0) })}
          />
        </Field>
        <Field label="Time zone" htmlFor={`${id}-zone`}>
          <input
            id={`${id}-zone`}
            value={d.timeZone}
            list={`${id}-zones`}
            required
            onChange={(e) => set({ timeZone: e.target.value })}
          />
          <datalist id={`${id}-zones`}>
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </Field>
        <Field label="First possible date" htmlFor={`${id}-start`}>
          <input
            id={`${id}-start`}
            type="date"
            value={d.startDate}
            required
            onChange={(e) => set({ startDate: e.target.value })}
          />
        </Field>
        <Field label="Scenario" htmlFor={`${id}-scenario`}>
          <select
            id={`${id}-scenario`}
            value={d.scenarioId}
            onChange={(e) => set({ scenarioId: e.target.value })}
          >
            <option value="">Surprise (one not played recently)</option>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </Field>
        {!d.scenarioId && (
          <Field label="Not played in the last (days)" htmlFor={`${id}-recent`}>
            <input
              id={`${id}-recent`}
              type="number"
              min={0}
              max={366}
              value={d.recentDays}
              onChange={(e) => set({ recentDays: Math.round(Number(e.target.value) || 0) })}
            />
          </Field>
        )}
      </div>
      {error && (
        <p role="alert" className="form-error">
          Cannot save: {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={saving}>
          Save schedule
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
