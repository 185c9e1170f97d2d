/** Mode, roster, speed and seed: how the drill will be played. */
import { ROLES, SPEEDS, useAppStore, type Mode, type Role } from '../store.ts';

const MODES: { id: Mode; label: string; help: string }[] = [
  { id: 'solo', label: 'Solo training', help: 'One responder, hints available.' },
  { id: 'team', label: 'Team on one screen', help: 'Take turns; each person runs one action.' },
  { id: 'facilitated', label: 'Facilitated', help: 'A facilitator controls time and injects.' },
];

export function TeamSetup() {
  const { mode, team, roster, speed, seed, seedPinned } = useAppStore();
  const { setMode, setTeam, setRoster, setSpeed, setSeed, rerollSeed } = useAppStore.getState();
  const update = (index: number, patch: { name?: string; role?: Role }) =>
    setRoster(roster.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const nextRole = ROLES[roster.length % ROLES.length]!.id;

  return (
    <section className="panel setup" aria-labelledby="setup-heading">
      <h2 id="setup-heading">Who is playing</h2>
      <fieldset className="modes">
        <legend>Mode</legend>
        {MODES.map((m) => (
          <label key={m.id} className="choice">
            <input
              type="radio"
              name="mode"
              value={m.id}
              checked={mode === m.id}
              onChange={() => setMode(m.id)}
            />
            <span>
              <strong>{m.label}</strong> <small>{m.help}</small>
            </span>
          </label>
        ))}
      </fieldset>
      {mode !== 'solo' && (
        <label className="team-name">
          Team name
          <input
            value={team}
            maxLength={60}
            placeholder="Team"
            autoComplete="off"
            onChange={(e) => setTeam(e.target.value)}
          />
        </label>
      )}
      <fieldset className="roster">
        <legend>Roster</legend>
        {roster.map((p, i) => (
          <div className="roster-row" key={i}>
            <label>
              Name {i + 1}
              <input
                value={p.name}
                maxLength={40}
                onChange={(e) => update(i, { name: e.target.value })}
              />
            </label>
            <label>
              Role
              <select value={p.role} onChange={(e) => update(i, { role: e.target.value as Role })}>
                {ROLES.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.label}
                  </option>
                ))}
              </select>
            </label>
            {roster.length > 1 && (
              <button
                type="button"
                onClick={() => setRoster(roster.filter((_, j) => j !== i))}
                aria-label={`Remove ${p.name || `participant ${i + 1}`}`}
              >
                Remove
              </button>
            )}
          </div>
        ))}
        {mode !== 'solo' && roster.length < 8 && (
          <button
            type="button"
            onClick={() =>
              setRoster([...roster, { name: `Player ${roster.length + 1}`, role: nextRole }])
            }
          >
            Add participant
          </button>
        )}
      </fieldset>
      <div className="row">
        <label>
          Clock speed
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}× game time
              </option>
            ))}
          </select>
        </label>
        <label>
          Seed
          <input
            type="number"
            value={seed}
            min={0}
            onChange={(e) => setSeed(Math.max(0, Math.floor(Number(e.target.value) || 0)))}
          />
        </label>
        <button type="button" onClick={rerollSeed}>
          New seed
        </button>
        <span className="muted small-text">
          {seedPinned ? 'Kept for the next drills' : 'A new one after each drill'}
        </span>
      </div>
    </section>
  );
}
