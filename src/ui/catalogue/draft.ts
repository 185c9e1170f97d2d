/**
 * The scenario open in the authoring screen (in memory only). It lives outside the screen so
 * the text survives leaving and coming back, and so the catalogue can offer it for play
 * (`draft:<file name>`) without saving it anywhere.
 */
import { create } from 'zustand';
import type { LoadedEntry } from './analyze.ts';
import { draftPath } from './origin.ts';

export const PASTED_FILE_NAME = 'pasted.yaml';

export interface DraftState {
  /** As typed in the file name field; see `draftFileName` for the name in use. */
  fileName: string;
  text: string;
  /** Opened from a file: an empty file is then an error, an empty editor is just empty. */
  fromFile: boolean;
  /** The last finished check and the exact text it checked (may lag behind `text`). */
  checked: { text: string; entry: LoadedEntry } | null;
}

export interface DraftActions {
  open: (fileName: string, text: string) => void;
  edit: (text: string) => void;
  rename: (fileName: string) => void;
  setChecked: (checked: DraftState['checked']) => void;
  clear: () => void;
}

export const initialDraft = (): DraftState => ({
  fileName: PASTED_FILE_NAME,
  text: '',
  fromFile: false,
  checked: null,
});

export const useDraftStore = create<DraftState & DraftActions>()((set) => ({
  ...initialDraft(),
  open: (fileName, text) => set({ fileName, text, fromFile: true, checked: null }),
  edit: (text) => set({ text }),
  rename: (fileName) => set({ fileName }),
  setChecked: (checked) => set({ checked }),
  clear: () => set(initialDraft()),
}));

/** The name problems are reported under: a blank field falls back to `pasted.yaml`. */
export const draftFileName = (state: Pick<DraftState, 'fileName'>) =>
  state.fileName.trim() || PASTED_FILE_NAME;

/** The path a draft is played and explored under. */
export const currentDraftPath = (state: DraftState) => draftPath(draftFileName(state));

/**
 * The draft as a playable catalogue entry: only when the current text and file name passed
 * their check (an edit or a rename waits for the next one). Returns the stored object, so
 * selectors stay stable.
 */
export function selectDraftEntry(state: DraftState): LoadedEntry | null {
  const { checked } = state;
  if (!checked || checked.text !== state.text) return null;
  const { entry } = checked;
  return entry.status === 'ok' && entry.path === currentDraftPath(state) ? entry : null;
}
