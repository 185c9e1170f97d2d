/**
 * The authoring screen: open, drop or paste a scenario file, see every problem the engine
 * (the same `loadScenario` as the CLI) finds with its place in the file, and play, save or
 * explore a valid one. The file stays in memory (`catalogue/draft.ts`) until it is saved.
 */
import { useRef, useState } from 'react';
import { draftFileName, PASTED_FILE_NAME, useDraftStore } from '../catalogue/draft.ts';
import { draftPath } from '../catalogue/origin.ts';
import { defaultAnalyzer, type Analyzer } from '../catalogue/useCatalogue.ts';
import { useAppStore } from '../store.ts';
import type { LibraryOptions } from '../../storage/scenarioLibrary.ts';
import './authoring.css';
import { FileDropZone } from './FileDropZone.tsx';
import { fileNameFromId } from './pastedName.ts';
import { ProblemList } from './ProblemList.tsx';
import { readScenarioFile } from './readScenarioFile.ts';
import { ScenarioEditor, type EditorHandle } from './ScenarioEditor.tsx';
import { ScenarioSummary } from './ScenarioSummary.tsx';
import { useDraftCheck } from './useDraftCheck.ts';

export interface AuthoringScreenProps {
  /** The catalogue's analyser (a worker per check); tests run it in-thread. */
  analyzer?: Analyzer | undefined;
  /** Tests pass their own library database. */
  library?: LibraryOptions;
}

const problemCount = (n: number) => `${n} ${n === 1 ? 'problem' : 'problems'} found.`;

export function AuthoringScreen({ analyzer = defaultAnalyzer, library }: AuthoringScreenProps) {
  const { text, fileName: typedName, checked } = useDraftStore();
  const fileName = draftFileName({ fileName: typedName });
  const { open, openPasted, edit, paste, rename, clear } = useDraftStore.getState();
  // Pasted text is named after its id when it has one (`<id>.yaml`), else `pasted.yaml`.
  const pastedName = (pasted: string) => fileNameFromId(pasted) ?? PASTED_FILE_NAME;
  const stale = useDraftCheck(analyzer);
  const editor = useRef<EditorHandle>(null);
  const [notice, setNotice] = useState<{ message: string; error: boolean } | null>(null);

  const openFile = (file: File, note?: string) => {
    setNotice(null);
    void readScenarioFile(file).then((read) => {
      if (!read.ok) return setNotice({ message: read.message, error: true });
      open(read.fileName, read.text);
      if (note) setNotice({ message: note, error: false });
    });
  };
  const jump = (line: number, col: number) => editor.current?.goTo(line, col);
  const play = () => {
    const app = useAppStore.getState();
    app.chooseScenario(draftPath(fileName), false);
    app.go('briefing');
  };

  const entry = checked?.entry ?? null;
  const empty = text === '' && !checked;

  return (
    <div className="author">
      <div className="author-intro">
        <h2>Author a scenario</h2>
        <p className="muted">
          Checked as you type by the same rules as <code>npm run scenario -- validate</code>.
          Nothing leaves this browser unless you save it to the local library.
        </p>
      </div>
      <div className="author-layout">
        <section className="panel author-source" aria-labelledby="author-source-heading">
          <h3 id="author-source-heading">Scenario file</h3>
          <FileDropZone onFile={openFile} onText={(t) => openPasted(pastedName(t), t)} />
          {notice && (
            <p className={notice.error ? 'author-notice is-error' : 'author-notice'} role="alert">
              {notice.message}
            </p>
          )}
          <div className="row author-file-row">
            <label>
              File name
              <input
                value={typedName}
                maxLength={120}
                spellCheck={false}
                onChange={(e) => rename(e.target.value)}
              />
            </label>
            <button type="button" onClick={clear} disabled={empty}>
              Clear
            </button>
          </div>
          <label htmlFor="author-text" className="author-text-label">
            Scenario YAML
          </label>
          <ScenarioEditor
            ref={editor}
            text={text}
            onChange={edit}
            onPaste={(t) => paste(t, pastedName(t))}
          />
        </section>
        <div className="author-result">
          <p className="author-check-status muted" role="status">
            {empty
              ? 'Open, drop or paste a scenario to check it.'
              : stale
                ? 'Checking…'
                : entry?.status === 'ok'
                  ? 'No errors: this scenario can be played.'
                  : problemCount(entry?.problems.length ?? 0)}
          </p>
          {entry?.status === 'ok' && (
            <ScenarioSummary
              model={entry.model}
              analysis={entry.analysis}
              text={checked!.text}
              fileName={fileName}
              stale={stale}
              onPlay={play}
              onExplore={() => useAppStore.getState().explore(draftPath(fileName))}
              {...(library ? { library } : {})}
            />
          )}
          {entry && entry.status !== 'ok' && (
            <ProblemList
              title="Problems"
              problems={entry.problems}
              text={checked!.text}
              onJump={jump}
            />
          )}
          {entry?.status === 'ok' && entry.warnings.length > 0 && (
            <ProblemList
              title="Warnings"
              problems={entry.warnings}
              text={checked!.text}
              onJump={jump}
            />
          )}
        </div>
      </div>
    </div>
  );
}
