/** The app shell: screens, the catalogue, and the one live drill session. */
import { Suspense, lazy, useCallback, useEffect, useState } from 'react';
import type { DrillSession } from '../engine/index.ts';
import { AppNav } from './AppNav.tsx';
import { BriefingScreen } from './briefing/BriefingScreen.tsx';
import type { CatalogueSource } from './catalogue/source.ts';
import { useCatalogue, type Analyzer } from './catalogue/useCatalogue.ts';
import { useGameLoop, type FrameScheduler } from './clock/useGameLoop.ts';
import { LobbyScreen } from './lobby/LobbyScreen.tsx';
import { analysisFor, isPlaytest, setDrillOrigin } from './persistence/drillOrigin.ts';
import { StorageNotices } from './persistence/StorageNotices.tsx';
import { usePersistDrill } from './persistence/usePersistDrill.ts';
import { cleanRoster } from './roster.ts';
import { useAppStore } from './store.ts';
import './styles.css';

const ScoreScreen = lazy(() =>
  import('./debrief/ScoreScreen.tsx').then((m) => ({ default: m.ScoreScreen })),
);
const DebriefScreen = lazy(() =>
  import('./debrief/DebriefScreen.tsx').then((m) => ({ default: m.DebriefScreen })),
);
// The lobby's first load carries neither the engine's session code (XState, zod, YAML: the
// catalogue analyses files in a worker) nor the console; both load on the way into a drill
// (bench/bundle measures this against a bare React app). Animated screens bring their own
// `MotionScope`, so framer-motion stays out of it too.
const loadEngine = () => import('./sessionFactory.ts');
const loadConsole = () => import('./console/ConsoleScreen.tsx');
const ConsoleScreen = lazy(() => loadConsole().then((m) => ({ default: m.ConsoleScreen })));
const AuthoringScreen = lazy(() =>
  import('./authoring/AuthoringScreen.tsx').then((m) => ({ default: m.AuthoringScreen })),
);
const HistoryScreen = lazy(() =>
  import('./history/HistoryScreen.tsx').then((m) => ({ default: m.HistoryScreen })),
);
const ScheduleScreen = lazy(() =>
  import('./schedule/ScheduleScreen.tsx').then((m) => ({ default: m.ScheduleScreen })),
);
// React Flow and dagre load with this screen only.
const ExplorerScreen = lazy(() => import('./explorer/ExplorerScreen.tsx'));

export interface AppProps {
  /** Injected in tests: scenario texts, analysis, frame scheduler. */
  source?: CatalogueSource;
  analyzer?: Analyzer;
  scheduler?: FrameScheduler;
}

export function App({ source, analyzer, scheduler }: AppProps = {}) {
  const entries = useCatalogue(source, analyzer);
  const screen = useAppStore((s) => s.screen);
  const scenarioPath = useAppStore((s) => s.scenarioPath);
  const mystery = useAppStore((s) => s.mystery);
  const speed = useAppStore((s) => s.speed);
  const paused = useAppStore((s) => s.paused);
  const { go, chooseScenario } = useAppStore.getState();
  const [session, setSession] = useState<DrillSession | null>(null);
  const entry = entries.find((e) => e.path === scenarioPath);
  const chosen = entry?.status === 'ok' ? entry : null;
  // A drill resumed on its saved scenario text brings its own analysis.
  const analysis = analysisFor(session) ?? chosen?.analysis ?? null;
  usePersistDrill(session, analysis);

  useGameLoop(screen === 'console' ? session : null, {
    speed,
    paused,
    ...(scheduler ? { scheduler } : {}),
  });

  // Fetch the drill's code while the player reads the briefing.
  useEffect(() => {
    if (screen !== 'briefing') return;
    void loadEngine();
    void loadConsole();
  }, [screen]);

  const start = () => {
    if (!chosen) return;
    const state = useAppStore.getState();
    const roster = cleanRoster(state.roster);
    state.setRoster(roster);
    state.setActiveParticipant(roster[0]?.name ?? 'You');
    state.setPaused(false);
    state.setPlaytest(false);
    // Both loads are usually done during the briefing; the clock starts with the console.
    void Promise.all([loadEngine(), loadConsole()]).then(([{ createDrillSession }]) => {
      // A scheduled drill runs with its schedule's seed (the lobby's card says which).
      const seed = state.scheduleSeed ?? state.seed;
      const created = createDrillSession({ scenario: chosen.model, seed });
      // Started from the lobby's scheduled-drill card: the saved drill names its schedule.
      if (state.scheduleId) setDrillOrigin(created, { scheduleId: state.scheduleId });
      setSession(created);
      go('console');
    });
  };
  const exit = useCallback(() => {
    setSession(null);
    useAppStore.getState().setPaused(false);
    // Two drills in a row would otherwise share a seed (picked once per page load).
    useAppStore.getState().nextDrillSeed();
    go('lobby');
  }, [go]);
  const onOver = useCallback(() => go('score'), [go]);
  // Playtests (explorer, console's jump/rewind): the session is built by the caller and
  // already registered as a playtest (see playtest/playtestSession.ts).
  const replaceSession = useCallback(
    (next: DrillSession) => {
      setSession(next);
      go('console');
    },
    [go],
  );
  const startPlaytest = useCallback(
    (next: DrillSession, path: string) => {
      const state = useAppStore.getState();
      state.chooseScenario(path, false);
      state.setPlaytest(true);
      state.setPaused(false);
      void loadConsole().then(() => replaceSession(next));
    },
    [replaceSession],
  );

  let body;
  if (screen === 'briefing' && chosen)
    body = (
      <BriefingScreen
        model={chosen.model}
        mystery={mystery}
        onStart={start}
        onBack={() => go('lobby')}
      />
    );
  else if (screen === 'console' && session)
    body = (
      <Suspense fallback={<p role="status">Opening the console…</p>}>
        <ConsoleScreen session={session} onOver={onOver} onReplaceSession={replaceSession} />
      </Suspense>
    );
  else if ((screen === 'score' || screen === 'debrief') && session) {
    const props = {
      session,
      analysis,
      onExit: exit,
      playtest: isPlaytest(session, scenarioPath),
      // e.g. a drill opened from a file before its scenario's analysis has finished here
      analysing: analysis === null && chosen?.analysing === true,
    };
    body = (
      <Suspense fallback={<p role="status">Scoring the drill…</p>}>
        {screen === 'score' ? (
          <ScoreScreen {...props} onDebrief={() => go('debrief')} />
        ) : (
          <DebriefScreen {...props} />
        )}
      </Suspense>
    );
  } else if (screen === 'author')
    body = (
      <Suspense fallback={<p role="status">Opening the authoring screen…</p>}>
        <AuthoringScreen analyzer={analyzer} />
      </Suspense>
    );
  else if (screen === 'history')
    body = (
      <Suspense fallback={<p role="status">Opening the history…</p>}>
        <HistoryScreen
          entries={entries}
          analyze={analyzer}
          onStart={(path) => {
            chooseScenario(path, false);
            go('briefing');
          }}
        />
      </Suspense>
    );
  else if (screen === 'explorer')
    body = (
      <Suspense fallback={<p role="status">Opening the explorer…</p>}>
        <ExplorerScreen entries={entries} onPlaytest={startPlaytest} />
      </Suspense>
    );
  else if (screen === 'schedule')
    body = (
      <Suspense fallback={<p role="status">Opening the schedule…</p>}>
        <ScheduleScreen entries={entries} />
      </Suspense>
    );
  else
    body = (
      <LobbyScreen
        entries={entries}
        onChoose={(path, isMystery) => {
          chooseScenario(path, isMystery);
          go('briefing');
        }}
        onResume={(resumed, to) => {
          setSession(resumed);
          go(to);
        }}
      />
    );

  const title =
    session && screen === 'console'
      ? mystery
        ? 'Mystery scenario'
        : session.scenario.file.title
      : null;
  // Drafts played from the authoring screen are playtests too: not recorded either.
  const playtestTitle = session !== null && isPlaytest(session, scenarioPath);
  return (
    <main className={`app screen-${screen}`}>
      <header className="app-bar">
        <h1>Firedrill</h1>
        {title && (
          <p className="app-bar-title">
            {playtestTitle ? `Playtest (not recorded): ${title}` : title}
          </p>
        )}
        <AppNav />
      </header>
      <StorageNotices />
      {body}
    </main>
  );
}
