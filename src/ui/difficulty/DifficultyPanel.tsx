/**
 * How hard is this scenario? Simulated teams (player models) play it many times in a Web
 * Worker; the panel shows the distribution of their time to resolution against par and the
 * real incident's duration, with the percentiles in a table, and lets the author change the
 * number of runs and the seed.
 */
import { useId, useState, type FormEvent } from 'react';
import {
  DEFAULT_SIMULATION_RUNS,
  formatDuration,
  type SimulationResult,
} from '../../engine/index.ts';
import { DifficultyChart } from './DifficultyChart.tsx';
import { useDifficulty, type SimulationRunner } from './useDifficulty.ts';
import './difficulty.css';

export const MIN_RUNS = 10;
export const MAX_RUNS = 1000;

export interface DifficultyPanelProps {
  /** The scenario file's text (untrusted). */
  text: string;
  /** Its name, for problem messages. */
  fileName: string;
  /** Injected in tests; a Web Worker by default. */
  runner?: SimulationRunner;
  /**
   * Inside another panel that already has a "Difficulty" heading: no heading or panel frame
   * of its own (the region is labelled "Difficulty simulation").
   */
  embedded?: boolean;
}

const fmt = (ms: number | null) => (ms === null ? 'not resolved' : formatDuration(ms));

export function DifficultyPanel({
  text,
  fileName,
  runner,
  embedded = false,
}: DifficultyPanelProps) {
  const id = useId();
  const [applied, setApplied] = useState({ runs: DEFAULT_SIMULATION_RUNS, seed: 1 });
  const [runsDraft, setRunsDraft] = useState(String(applied.runs));
  const [seedDraft, setSeedDraft] = useState(String(applied.seed));
  const state = useDifficulty({ text, fileName, ...applied }, runner);
  const runs = Number(runsDraft);
  const seed = Number(seedDraft);
  const runsValid = Number.isInteger(runs) && runs >= MIN_RUNS && runs <= MAX_RUNS;
  const seedValid = /^\d+$/.test(seedDraft) && seed <= 0xffffffff;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (runsValid && seedValid) setApplied({ runs, seed });
  };

  return (
    <section
      className={embedded ? 'difficulty-panel' : 'panel difficulty-panel'}
      {...(embedded
        ? { 'aria-label': 'Difficulty simulation' }
        : { 'aria-labelledby': `${id}-heading` })}
    >
      {!embedded && <h2 id={`${id}-heading`}>Difficulty</h2>}
      <p className="muted small-text">
        Simulated teams play the scenario again and again. Each player model is a simple policy, not
        a real team: read the spread, and where it sits against par and the real incident.
      </p>
      <form className="row difficulty-controls" onSubmit={submit} noValidate>
        <label>
          Runs per model
          <input
            type="number"
            inputMode="numeric"
            min={MIN_RUNS}
            max={MAX_RUNS}
            value={runsDraft}
            aria-invalid={!runsValid}
            aria-describedby={runsValid ? undefined : `${id}-runs-error`}
            onChange={(e) => setRunsDraft(e.target.value)}
          />
        </label>
        <label>
          Seed
          <input
            type="number"
            inputMode="numeric"
            min={0}
            value={seedDraft}
            aria-invalid={!seedValid}
            aria-describedby={seedValid ? undefined : `${id}-seed-error`}
            onChange={(e) => setSeedDraft(e.target.value)}
          />
        </label>
        <button type="submit" className="primary" disabled={!runsValid || !seedValid}>
          Simulate
        </button>
        {!runsValid && (
          <p id={`${id}-runs-error`} className="difficulty-error">
            Runs must be a whole number from {MIN_RUNS} to {MAX_RUNS}.
          </p>
        )}
        {!seedValid && (
          <p id={`${id}-seed-error`} className="difficulty-error">
            The seed must be a whole number from 0.
          </p>
        )}
      </form>
      <div role="status" className="difficulty-status muted small-text">
        {state.status === 'running'
          ? `Simulating ${applied.runs} runs per player model (seed ${applied.seed})…`
          : state.outcome.ok
            ? `${state.request.runs} runs per player model, seed ${state.request.seed}.`
            : 'The simulation could not run.'}
      </div>
      {state.status === 'done' && !state.outcome.ok && (
        <ul className="difficulty-problems">
          {state.outcome.problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      )}
      {state.status === 'done' && state.outcome.ok && (
        <SimulationView result={state.outcome.result} />
      )}
    </section>
  );
}

function SimulationView({ result }: { result: SimulationResult }) {
  return (
    <div className="difficulty-result">
      <figure className="difficulty-figure">
        <DifficultyChart result={result} />
        <figcaption className="difficulty-legend">
          {result.models.map((m, k) => (
            <span key={m.model} className="difficulty-key">
              <span className={`difficulty-swatch difficulty-model-${k}`} aria-hidden="true" />
              {m.label}
            </span>
          ))}
          <span className="difficulty-key">
            <span className="difficulty-line-key difficulty-par" aria-hidden="true" />
            Par {fmt(result.parMs)}
          </span>
          <span className="difficulty-key">
            <span className="difficulty-line-key difficulty-real" aria-hidden="true" />
            Real incident {result.historyMs === null ? 'not recorded' : fmt(result.historyMs)}
          </span>
        </figcaption>
      </figure>
      {/* Focusable so keyboard users can scroll the table sideways on narrow screens. */}
      <div className="difficulty-table-wrap" tabIndex={0} role="region" aria-label="Percentiles">
        <table className="difficulty-table">
          <caption>
            Time to resolution from incident start, by player model, over {result.runs} runs each.
            Runs still unresolved at {formatDuration(result.horizonMs)} count as unresolved.
          </caption>
          <thead>
            <tr>
              <th scope="col">Player model</th>
              <th scope="col">Unresolved</th>
              <th scope="col">p10</th>
              <th scope="col">p50</th>
              <th scope="col">p90</th>
            </tr>
          </thead>
          <tbody>
            {result.models.map((m) => (
              <tr key={m.model}>
                <th scope="row">{m.label}</th>
                <td>{m.unresolved}</td>
                <td>{fmt(m.percentiles.p10)}</td>
                <td>{fmt(m.percentiles.p50)}</td>
                <td>{fmt(m.percentiles.p90)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="difficulty-models" aria-label="How each player model plays">
        {result.models.map((m) => (
          <div key={m.model}>
            <dt>{m.label}</dt>
            <dd>{m.description}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
