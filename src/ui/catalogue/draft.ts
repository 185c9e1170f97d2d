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
  /**
   * Nobody chose the name (not typed, not a file's own): pasting a scenario may name the
   * draft after its id (see `authoring/pastedName.ts`).
   */
  autoName: boolean;
  text: string;
  /** Opened from a file: an empty file is then an error, an empty editor is just empty. */
  fromFile: boolean;
  /** The last finished check and the exact text it checked (may lag behind `text`). */
  checked: { text: string; entry: LoadedEntry } | null;
}

export interface DraftActions {
  open: (fileName: string, text: string) => void;
  /** Text dropped from another window: opened like a file, under a name nobody chose. */
  openPasted: (fileName: string, text: string) => void;
  edit: (text: string) => void;
  /**
   * Text pasted into the editor (`text` is the editor's whole text after the paste). `fileName`
   * (named after that text) replaces the name only while it is an automatic one.
   */
  paste: (text: string, fileName: string) => void;
  rename: (fileName: string) => void;
  setChecked: (checked: DraftState['checked']) => void;
  clear: () => void;
}

export const initialDraft = (): DraftState => ({
  fileName: PASTED_FILE_NAME,
  autoName: true,
  text: '',
  fromFile: false,
  checked: null,
});

export const useDraftStore = create<DraftState & DraftActions>()((set) => ({
  ...initialDraft(),
  open: (fileName, text) => set({ fileName, autoName: false, text, fromFile: true, checked: null }),
  openPasted: (fileName, text) =>
    set({ fileName, autoName: true, text, fromFile: true, checked: null }),
  edit: (text) => set({ text }),
  paste: (text, fileName) => set((s) => (s.autoName ? { text, fileName } : { text })),
  // A blank field is no name at all: the next paste may name the draft again.
  rename: (fileName) => set({ fileName, autoName: fileName.trim() === '' }),
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
