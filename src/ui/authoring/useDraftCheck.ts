/** Checks the draft with the engine whenever its text or name changes, debounced. */
import { useEffect } from 'react';
import { draftPath } from '../catalogue/origin.ts';
import { draftFileName, useDraftStore } from '../catalogue/draft.ts';
import type { Analyzer } from '../catalogue/useCatalogue.ts';

/** Quiet time after the last keystroke before the file is checked again. */
export const CHECK_DELAY_MS = 300;

const isAbort = (error: unknown) => (error as { name?: string } | null)?.name === 'AbortError';

/**
 * Runs `analyze` (the catalogue's worker) on the draft. A newer text cancels the check in
 * flight, so a slow analysis of an old text never overwrites a newer result.
 * @returns whether the shown result is behind the current text
 */
export function useDraftCheck(analyze: Analyzer, delay = CHECK_DELAY_MS): boolean {
  const text = useDraftStore((s) => s.text);
  const fileName = useDraftStore(draftFileName);
  const fromFile = useDraftStore((s) => s.fromFile);
  const checked = useDraftStore((s) => s.checked);
  const path = draftPath(fileName);
  const blank = !fromFile && text.trim() === '';
  const current = checked !== null && checked.text === text && checked.entry.path === path;

  useEffect(() => {
    const { setChecked } = useDraftStore.getState();
    if (blank) {
      if (checked) setChecked(null);
      return;
    }
    if (current) return;
    const controller = new AbortController();
    // A freshly opened file is checked at once; typing waits for a pause.
    const timer = setTimeout(
      () => {
        analyze(path, text, { file: fileName, signal: controller.signal }).then(
          (entry) => setChecked({ text, entry }),
          (error: unknown) => {
            if (isAbort(error)) return;
            const message = error instanceof Error ? error.message : String(error);
            setChecked({
              text,
              entry: {
                path,
                status: 'error',
                problems: [
                  { file: fileName, message: `could not check: ${message}`, severity: 'error' },
                ],
              },
            });
          },
        );
      },
      checked === null ? 0 : delay,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [analyze, delay, text, fileName, path, blank, current, checked]);

  return !blank && !current;
}
