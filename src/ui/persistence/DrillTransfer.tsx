/**
 * Export every drill (JSON backup, CSV summary) and import a drill file or a backup.
 * An import never overwrites silently: drills whose id is already saved wait for a choice
 * (keep both, replace, skip).
 */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { StoredDrill } from '../../storage/drillRecord.ts';
import { newDrillId, saveDrills } from '../../storage/drills.ts';
import { classifyStorageError } from '../../storage/storageErrors.ts';
import {
  parseImport,
  planImport,
  resolveConflict,
  type ConflictChoice,
} from '../../storage/transfer.ts';
import { downloadBackup, downloadCsv } from './exportFiles.ts';
import { useStorageStatus } from './storageStatus.ts';

interface Pending {
  fileName: string;
  fresh: StoredDrill[];
  conflicts: StoredDrill[];
  skipped: string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function DrillTransfer({ drills }: { drills: readonly StoredDrill[] }) {
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const write = async (plan: Pending, choice: ConflictChoice | null) => {
    const resolved = choice
      ? plan.conflicts.flatMap((d) => resolveConflict(d, choice, newDrillId) ?? [])
      : [];
    const toWrite = [...plan.fresh, ...resolved];
    setPending(null);
    try {
      await saveDrills(toWrite);
      const left = plan.conflicts.length - resolved.length;
      const notes = [
        `Imported ${plural(toWrite.length, 'drill')} from ${plan.fileName}.`,
        left > 0 ? `${plural(left, 'drill')} skipped (already saved).` : '',
        ...plan.skipped.map((s) => `Left out ${s}.`),
      ];
      setMessage({ error: false, text: notes.filter(Boolean).join(' ') });
    } catch (error) {
      useStorageStatus.getState().setProblem(classifyStorageError(error), error);
      setMessage({ error: true, text: `Could not save the imported drills: ${String(error)}` });
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setMessage(null);
    const parsed = parseImport(await file.text());
    if (!parsed.ok) {
      setMessage({ error: true, text: `Could not import ${file.name}: ${parsed.reason}.` });
      return;
    }
    const ids = new Set(drills.map((d) => d.id));
    const plan = {
      fileName: file.name,
      skipped: parsed.skipped,
      ...planImport(parsed.drills, ids),
    };
    if (plan.conflicts.length === 0) await write(plan, null);
    else setPending(plan);
  };

  return (
    <div className="drill-transfer">
      <div className="row">
        <button type="button" disabled={drills.length === 0} onClick={() => downloadBackup(drills)}>
          Export all (JSON)
        </button>
        <button type="button" disabled={drills.length === 0} onClick={() => downloadCsv(drills)}>
          Export all (CSV)
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import drills…
        </button>
        <input
          ref={fileInput}
          hidden
          aria-label="Drill or backup file to import"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e)}
        />
      </div>
      {pending && (
        <div className="import-conflict" role="group" aria-labelledby={`${inputId}-conflict`}>
          <p id={`${inputId}-conflict`}>
            {pending.conflicts.length === 1
              ? `"${pending.conflicts[0]!.scenarioTitle}" from ${pending.fileName} is already saved here.`
              : `${plural(pending.conflicts.length, 'drill')} from ${pending.fileName} are already saved here.`}{' '}
            {pending.fresh.length > 0 &&
              `${plural(pending.fresh.length, 'other drill')} will be added.`}
          </p>
          <div className="row">
            <button
              type="button"
              className="primary"
              onClick={() => void write(pending, 'keep-both')}
            >
              Keep both
            </button>
            <button type="button" onClick={() => void write(pending, 'replace')}>
              Replace
            </button>
            <button type="button" onClick={() => void write(pending, 'skip')}>
              Skip
            </button>
          </div>
        </div>
      )}
      {message && (
        <p
          className={message.error ? 'transfer-error' : 'muted'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
