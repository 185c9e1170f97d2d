import { memo } from 'react';
import { formatGameTime } from '../../engine/index.ts';
import { useDrillState, useSession, type DrillState } from '../session/useDrill.ts';
import { useAppStore } from '../store.ts';

const selectAcknowledgedAt = ({ ctx }: DrillState) => ctx.acknowledgedAt;

export const AckBanner = memo(function AckBanner() {
  const session = useSession();
  const acknowledgedAt = useDrillState(selectAcknowledgedAt);
  const participant = useAppStore((s) => s.activeParticipant);
  const { detection } = session.scenario.file.incident;
  if (acknowledgedAt !== null)
    return (
      <p className="ack-banner acked" role="status">
        <span className="badge ok">Acknowledged</span> {detection.title} at{' '}
        {formatGameTime(acknowledgedAt)}
      </p>
    );
  return (
    <div className="ack-banner firing" role="alert">
      <span className="badge danger">{detection.severity.toUpperCase()} firing</span>{' '}
      <strong>{detection.title}</strong>
      <button
        type="button"
        className="primary"
        onClick={() => session.send({ type: 'player.acknowledge', participant })}
      >
        Acknowledge alert
      </button>
    </div>
  );
});
