/** Saving the draft to the local library, with the overwrite question when needed. */
import { useState } from 'react';
import type { ScenarioModel } from '../../engine/index.ts';
import type { StoredScenario } from '../../storage/db.ts';
import {
  LibraryUnavailableError,
  saveScenario,
  type LibraryOptions,
} from '../../storage/scenarioLibrary.ts';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; replaced: boolean }
  | { kind: 'unchanged' }
  /** Same id and version saved with other content: waiting for the user's answer. */
  | { kind: 'conflict'; existing: StoredScenario }
  | { kind: 'failed'; message: string; unavailable: boolean };

export interface LibrarySave {
  state: SaveState;
  save: (overwrite?: boolean) => void;
  cancel: () => void;
}

/**
 * @param target - what would be saved now (null while the draft is not valid)
 * @param options - tests may pass their own database
 */
export function useLibrarySave(
  target: { text: string; fileName: string; model: ScenarioModel } | null,
  options: LibraryOptions = {},
): LibrarySave {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  // The answer belongs to the text it was given for: a new text starts over.
  const [forText, setForText] = useState(target?.text ?? null);
  if ((target?.text ?? null) !== forText) {
    setForText(target?.text ?? null);
    setState({ kind: 'idle' });
  }

  const save = (overwrite = false) => {
    if (!target) return;
    setState({ kind: 'saving' });
    const { text, fileName, model } = target;
    saveScenario(
      { text, fileName, title: model.file.title, ref: model.ref },
      { ...options, overwrite },
    ).then(
      (outcome) => {
        if (outcome.status === 'conflict')
          setState({ kind: 'conflict', existing: outcome.existing });
        else if (outcome.status === 'unchanged') setState({ kind: 'unchanged' });
        else setState({ kind: 'saved', replaced: outcome.replaced !== null });
      },
      (error: unknown) => {
        const unavailable = error instanceof LibraryUnavailableError;
        const message = error instanceof Error ? error.message : String(error);
        setState({
          kind: 'failed',
          unavailable,
          message: unavailable ? message : `The scenario was not saved: ${message}`,
        });
      },
    );
  };

  return { state, save, cancel: () => setState({ kind: 'idle' }) };
}
