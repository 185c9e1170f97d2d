/** Download drills as files: one drill (replayable anywhere), a JSON backup, a CSV summary. */
import type { StoredDrill } from '../../storage/drillRecord.ts';
import { drillFileName, drillsToCsv, exportBackup, exportDrill } from '../../storage/transfer.ts';
import { downloadText } from '../debrief/download.ts';
import { scenarioTextAt } from './scenarioText.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** Export one drill with its scenario's full text (when this browser still has that exact file). */
export async function downloadDrill(drill: StoredDrill): Promise<void> {
  const text = drill.scenarioText ?? (await scenarioTextAt(drill.scenarioPath, drill.scenario));
  downloadText(drillFileName(drill), exportDrill(drill, text, Date.now()), 'application/json');
}

export function downloadBackup(drills: readonly StoredDrill[]): void {
  downloadText(
    `firedrill-backup-${today()}.json`,
    exportBackup(drills, Date.now()),
    'application/json',
  );
}

export function downloadCsv(drills: readonly StoredDrill[]): void {
  downloadText(`firedrill-drills-${today()}.csv`, drillsToCsv(drills), 'text/csv');
}
