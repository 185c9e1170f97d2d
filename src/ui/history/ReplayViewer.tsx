/**
 * Step through a saved drill: a slider over its journal; each step rebuilds the session from
 * the first events (engine `replay`) and shows the clock, phase, timeline, evidence and
 * dashboards as they stood at that decision. Nothing here can change the drill.
 */
import { useMemo, useState } from 'react';
import {
  formatClock,
  formatGameTime,
  selectTimeline,
  type ScenarioModel,
} from '../../engine/index.ts';
import type { StoredDrill } from '../../storage/drillRecord.ts';
import { Dashboards } from '../console/Dashboards.tsx';
import { EvidencePanel } from '../console/EvidencePanel.tsx';
import '../console/console.css';
import { SessionContext } from '../session/useDrill.ts';
import { describeEvent, sessionAtStep } from './rebuild.ts';

export function ReplayViewer({ model, drill }: { model: ScenarioModel; drill: StoredDrill }) {
  const total = drill.journal.length;
  const [step, setStep] = useState(total);
  const session = useMemo(() => sessionAtStep(model, drill, step), [model, drill, step]);
  const ctx = session.context();
  const now = session.now();
  const timeline = selectTimeline(ctx);
  const last = step > 0 ? drill.journal[step - 1] : undefined;
  const phase = model.phases.get(ctx.phase);
  const go = (next: number) => setStep(Math.max(0, Math.min(total, next)));

  return (
    <div className="replay">
      <section className="panel replay-controls" aria-label="Replay controls">
        <div className="row">
          <button type="button" onClick={() => go(step - 1)} disabled={step === 0}>
            Previous
          </button>
          <label className="replay-slider">
            Step {step} of {total}
            <input
              type="range"
              min={0}
              max={total}
              value={step}
              onChange={(e) => go(Number(e.target.value))}
              aria-valuetext={`Step ${step} of ${total}`}
            />
          </label>
          <button type="button" onClick={() => go(step + 1)} disabled={step === total}>
            Next
          </button>
        </div>
        <p aria-live="polite" className="replay-now">
          <span className="clock-face" aria-label={`Incident clock ${formatClock(now)}`}>
            {formatClock(now)}
          </span>{' '}
          <span className="muted">{formatGameTime(now)}</span>{' '}
          <span className="badge">{phase?.name ?? ctx.phase}</span>{' '}
          {step === 0
            ? 'The alert, before anyone acted.'
            : step === total
              ? `The end of the drill. Last decision: ${last ? describeEvent(model, last.event) : ''}.`
              : `${describeEvent(model, last!.event)}.`}
        </p>
      </section>
      <SessionContext.Provider value={session}>
        <div className="replay-grid">
          <section className="panel" aria-labelledby="replay-timeline-heading">
            <h2 id="replay-timeline-heading">Timeline at this point</h2>
            <ol className="timeline-list" tabIndex={0} aria-label="Timeline entries, newest first">
              {[...timeline].reverse().map((e, i) => (
                <li key={timeline.length - i} className={`tl-${e.kind}`}>
                  <time className="muted">{formatGameTime(e.t)}</time>{' '}
                  <span className="badge">{e.kind}</span>{' '}
                  {e.participant && <strong>{e.participant}: </strong>}
                  <span>{e.text}</span>
                </li>
              ))}
            </ol>
          </section>
          <div>
            <EvidencePanel />
            <Dashboards />
          </div>
        </div>
      </SessionContext.Provider>
    </div>
  );
}
