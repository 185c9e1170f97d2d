/** Screen 2: the situation as the on-call engineer first sees it. No spoilers. */
import { formatGameTime, type ScenarioModel } from '../../engine/index.ts';
import { ROLES, useAppStore, type Mode } from '../store.ts';
import { wallClock } from '../wallClock.ts';

export interface BriefingProps {
  model: ScenarioModel;
  mystery: boolean;
  onStart: () => void;
  onBack: () => void;
}

const MODE_NAMES: Record<Mode, string> = {
  solo: 'solo',
  team: 'team on one screen',
  facilitated: 'facilitated',
};

/** "Platform (team on one screen)": the team's own name, not only the mode's id. */
function teamHeading(mode: Mode, team: string): string {
  const name = mode === 'solo' ? '' : team.trim();
  return `${name || 'Your team'} (${MODE_NAMES[mode]})`;
}

export function BriefingScreen({ model, mystery, onStart, onBack }: BriefingProps) {
  const roster = useAppStore((s) => s.roster);
  const mode = useAppStore((s) => s.mode);
  const team = useAppStore((s) => s.team);
  const { file, detectionAt } = model;
  const { detection } = file.incident;
  const roleLabel = (id: string) => ROLES.find((r) => r.id === id)?.label ?? id;

  return (
    <div className="briefing">
      <section className="panel" aria-labelledby="briefing-heading">
        <p className="eyebrow">Briefing</p>
        <h2 id="briefing-heading">{mystery ? 'Mystery scenario' : file.title}</h2>
        {!mystery && <p className="summary">{file.summary}</p>}
        <p>
          You are on call. It is <strong>{wallClock(file.incident.startsAt, detectionAt)}</strong> (
          {formatGameTime(detectionAt)} after the problem began) and your pager goes off.
        </p>
      </section>
      <section
        className={`panel alert-card severity-${detection.severity}`}
        aria-labelledby="alert-title"
      >
        <p className="eyebrow">
          Alert <span className="badge danger">{detection.severity.toUpperCase()}</span>
        </p>
        <h3 id="alert-title">{detection.title}</h3>
        <p>{detection.text}</p>
      </section>
      <div className="grid-2">
        <section className="panel" aria-labelledby="services-heading">
          <h3 id="services-heading">Services involved</h3>
          <ul className="plain-list">
            {file.world.services.map((s) => (
              <li key={s.id}>
                <strong>{s.name}</strong>
                {s.description && <p className="muted">{s.description}</p>}
              </li>
            ))}
          </ul>
        </section>
        <section className="panel" aria-labelledby="team-heading">
          <h3 id="team-heading">{teamHeading(mode, team)}</h3>
          <ul className="plain-list">
            {roster.map((p, i) => (
              <li key={i}>
                <strong>{p.name}</strong> — {roleLabel(p.role)}
              </li>
            ))}
          </ul>
        </section>
      </div>
      <div className="row">
        <button type="button" onClick={onBack}>
          Back to lobby
        </button>
        <button type="button" className="primary" onClick={onStart}>
          Start the drill
        </button>
      </div>
    </div>
  );
}
