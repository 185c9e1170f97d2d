import { formatGameTime } from '../../engine/index.ts';
import { useDrillView } from '../session/useDrill.ts';
import { useAppStore } from '../store.ts';

export function AckBanner() {
  const { session, model, ctx } = useDrillView();
  const participant = useAppStore((s) => s.activeParticipant);
  const { detection } = model.file.incident;
  if (ctx.acknowledgedAt !== null)
    return (
      <p className="ack-banner acked" role="status">
        <span className="badge ok">Acknowledged</span> {detection.title} at{' '}
        {formatGameTime(ctx.acknowledgedAt)}
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
}
