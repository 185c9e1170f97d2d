/**
 * The debrief: the root cause revealed, three timelines on one axis, clues found and
 * missed, red herrings, hypothesis history, what went well or wrong, and editable action
 * items that export with the Markdown postmortem.
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { ActionItem, Debrief } from '../../engine/index.ts';
import { buildDebrief, debriefToMarkdown, formatGameTime } from '../../engine/index.ts';
import { ExportDrillButton } from '../persistence/ExportDrillButton.tsx';
import { ActionItems } from './ActionItems.tsx';
import { downloadText } from './download.ts';
import { TimelineChart } from './TimelineChart.tsx';
import { PlaytestNotice } from './PlaytestNotice.tsx';
import { useDrillScore, type ResultScreenProps } from './useDrillScore.ts';
import './debrief.css';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="debrief-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function TextList({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <p className="debrief-muted">{empty}</p>;
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

function Clues({ debrief }: { debrief: Debrief }) {
  const { found, missed } = debrief.clues;
  const tag = (c: Debrief['clues']['found'][number]) =>
    c.redHerring ? 'red herring' : c.key ? 'key evidence' : 'evidence';
  return (
    <div className="debrief-columns">
      <div>
        <h4>Found ({found.length})</h4>
        {found.length === 0 && <p className="debrief-muted">No clues found.</p>}
        <ul>
          {found.map((c) => (
            <li key={c.id}>
              <strong>{c.title}</strong> <span className="debrief-tag">{tag(c)}</span>
              {c.foundAt !== null && ` at ${formatGameTime(c.foundAt)}`}: {c.explanation}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h4>Missed ({missed.length})</h4>
        {missed.length === 0 && <p className="debrief-muted">Nothing missed.</p>}
        <ul>
          {missed.map((c) => (
            <li key={c.id}>
              <strong>{c.title}</strong> <span className="debrief-tag">{tag(c)}</span>:{' '}
              {c.explanation}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function DebriefScreen({
  session,
  analysis,
  onExit,
  playtest = false,
  analysing = false,
}: ResultScreenProps) {
  const score = useDrillScore(session, analysis);
  const ctx = session.snapshot().context;
  const debrief = useMemo(
    () => buildDebrief(session.scenario, ctx, score, analysis),
    [session, ctx, score, analysis],
  );
  const [items, setItems] = useState<ActionItem[]>(() => debrief.actionItems);
  const rc = debrief.rootCause;

  const exportMarkdown = () =>
    downloadText(
      `postmortem-${debrief.scenario.id}.md`,
      debriefToMarkdown({ ...debrief, actionItems: items }),
    );

  return (
    <div className="debrief">
      <header className="debrief-header">
        <h2>Debrief: {debrief.scenario.title}</h2>
        {playtest && <PlaytestNotice />}
        <p>
          Grade <strong className="debrief-grade-letter">{debrief.grade}</strong> ·{' '}
          {debrief.times.resolvedAt !== null
            ? `resolved at ${formatGameTime(debrief.times.resolvedAt)}`
            : `not resolved (stopped at ${formatGameTime(debrief.times.endAt)})`}
        </p>
      </header>

      <Section id="debrief-root" title="The root cause">
        <div className="debrief-reveal">
          <p className="debrief-reveal-label">{rc.label}</p>
          <p>{rc.summary}</p>
          <p>{rc.detail}</p>
          <p>
            <strong>Fix:</strong> {rc.fix}
          </p>
          <p>
            {rc.declaredAt === null
              ? 'Your team never declared it as the working hypothesis.'
              : `Your team declared it at ${formatGameTime(rc.declaredAt)}.`}
          </p>
        </div>
      </Section>

      <Section id="debrief-timelines" title="Timelines">
        <TimelineChart timelines={debrief.timelines} analysing={analysing && analysis === null} />
      </Section>

      <Section id="debrief-clues" title="Clues">
        <Clues debrief={debrief} />
      </Section>

      <Section id="debrief-herrings" title="What misled us">
        {debrief.misledBy.length === 0 ? (
          <p className="debrief-muted">No red herrings were followed.</p>
        ) : (
          <ul>
            {debrief.misledBy.map((group) => (
              <li key={group.hypothesis ?? ''}>
                {group.label !== null && (
                  <>
                    <strong>{group.label}</strong> was not the cause: {group.minutes} min lost on
                    it.
                  </>
                )}
                {group.clues.length > 0 && (
                  <ul>
                    {group.clues.map((r) => (
                      <li key={r.clue}>
                        <strong>{r.title}</strong> (found at {formatGameTime(r.foundAt)}):{' '}
                        {r.explanation}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="debrief-hypotheses" title="Hypothesis history">
        {debrief.hypothesisHistory.length === 0 ? (
          <p className="debrief-muted">No hypothesis was declared.</p>
        ) : (
          <ol>
            {debrief.hypothesisHistory.map((h, i) => (
              <li key={i}>
                {formatGameTime(h.t)} {h.participant} declared <strong>{h.label}</strong>{' '}
                <span className="debrief-tag">
                  {h.correct ? '✓ the root cause' : '✗ not the cause'}
                </span>
              </li>
            ))}
          </ol>
        )}
      </Section>

      <div className="debrief-columns">
        <Section id="debrief-well" title="What went well">
          <TextList items={debrief.wentWell} empty="Nothing stood out." />
        </Section>
        <Section id="debrief-wrong" title="What went wrong">
          <TextList items={debrief.wentWrong} empty="Nothing stood out." />
        </Section>
        <Section id="debrief-lucky" title="Where we got lucky">
          <TextList items={debrief.lucky} empty="No luck needed." />
        </Section>
      </div>

      <Section id="debrief-lessons" title="Lessons">
        <TextList items={debrief.lessons} empty="No lessons recorded." />
      </Section>

      <Section id="debrief-measures" title="Corrective and preventative measures">
        <ul>
          {debrief.measures.map((m) => (
            <li key={m.title}>
              <strong>{m.title}:</strong> {m.detail}
            </li>
          ))}
        </ul>
        <h4>Action items</h4>
        <ActionItems items={items} onChange={setItems} />
      </Section>

      <nav className="debrief-nav" aria-label="Debrief actions">
        <button type="button" className="debrief-button-primary" onClick={exportMarkdown}>
          Export Markdown
        </button>
        {/* A playtest is not recorded, and drill files are for real drills (imports skip them). */}
        {!playtest && <ExportDrillButton session={session} />}
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" onClick={onExit}>
          Exit
        </button>
      </nav>
    </div>
  );
}
