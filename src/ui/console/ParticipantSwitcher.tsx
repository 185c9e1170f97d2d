/** Team mode: who is at the keyboard. Each participant can run one action at a time. */
import { memo } from 'react';
import { useDrillState, useSession, type DrillState } from '../session/useDrill.ts';
import { ROLES, useAppStore } from '../store.ts';

// Replaced by the engine only when someone starts, finishes or cancels work.
const selectInFlight = ({ ctx }: DrillState) => ctx.inFlight;

export const ParticipantSwitcher = memo(function ParticipantSwitcher() {
  const model = useSession().scenario;
  const inFlight = useDrillState(selectInFlight);
  const roster = useAppStore((s) => s.roster);
  const active = useAppStore((s) => s.activeParticipant);
  const setActive = useAppStore((s) => s.setActiveParticipant);
  if (roster.length < 2) return null;
  return (
    <fieldset className="panel switcher">
      <legend>Acting participant</legend>
      <div className="row">
        {roster.map((p) => {
          const work = inFlight[p.name];
          const role = ROLES.find((r) => r.id === p.role)?.label ?? p.role;
          return (
            <label key={p.name} className="choice">
              <input
                type="radio"
                name="acting"
                checked={active === p.name}
                onChange={() => setActive(p.name)}
              />
              <span>
                <strong>{p.name}</strong> ({role}){' '}
                <small>
                  {work ? `busy: ${model.actions.get(work.action)?.label ?? work.action}` : 'free'}
                </small>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
});
