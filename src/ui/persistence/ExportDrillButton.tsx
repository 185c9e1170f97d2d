/** "Export drill": the finished drill as a `.firedrill.json` file that replays anywhere. */
import { useState } from 'react';
import type { DrillSession } from '../../engine/index.ts';

export function ExportDrillButton({ session }: { session: DrillSession }) {
  const [error, setError] = useState<string | null>(null);
  const exportDrill = async () => {
    setError(null);
    try {
      const [{ liveRecord }, { downloadDrill }] = await Promise.all([
        import('./persistenceRuntime.ts'),
        import('./exportFiles.ts'),
      ]);
      const record = liveRecord(session);
      if (!record) throw new Error('this drill has not been recorded');
      await downloadDrill(record);
    } catch (e) {
      setError(`Could not export the drill: ${(e as Error).message}`);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void exportDrill()}>
        Export drill
      </button>
      {error && (
        <span role="alert" className="transfer-error">
          {error}
        </span>
      )}
    </>
  );
}
