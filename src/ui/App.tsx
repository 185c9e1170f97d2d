/** The app shell: screens, the catalogue, and the one live drill session. */
import { LazyMotion, MotionConfig } from 'framer-motion';
import { Suspense, lazy, useCallback, useState } from 'react';
import { createDrillSession, type DrillSession } from '../engine/index.ts';
import { AppNav } from './AppNav.tsx';
import { BriefingScreen } from './briefing/BriefingScreen.tsx';
import type { CatalogueSource } from './catalogue/source.ts';
import { useCatalogue, type Analyzer } from './catalogue/useCatalogue.ts';
import { useGameLoop, type FrameScheduler } from './clock/useGameLoop.ts';
import { ConsoleScreen } from './console/ConsoleScreen.tsx';
import { LobbyScreen } from './lobby/LobbyScreen.tsx';
import { cleanRoster } from './roster.ts';
import { useAppStore } from './store.ts';
import './styles.css';

const ScoreScreen = lazy(() =>
  import('./debrief/ScoreScreen.tsx').then((m) => ({ default: m.ScoreScreen })),
);
const DebriefScreen = lazy(() =>
  import('./debrief/DebriefScreen.tsx').then((m) => ({ default: m.DebriefScreen })),
);
const loadMotionFeatures = () => import('./motionFeatures.ts').then((m) => m.default);

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

  useGameLoop(screen === 'console' ? session : null, {
    speed,
    paused,
    ...(scheduler ? { scheduler } : {}),
  });

  const start = () => {
    if (!chosen) return;
    const state = useAppStore.getState();
    const roster = cleanRoster(state.roster);
    state.setRoster(roster);
    state.setActiveParticipant(roster[0]?.name ?? 'You');
    state.setPaused(false);
    setSession(createDrillSession({ scenario: chosen.model, seed: state.seed }));
    go('console');
  };
  const exit = useCallback(() => {
    setSession(null);
    useAppStore.getState().setPaused(false);
    go('lobby');
  }, [go]);
  const onOver = useCallback(() => go('score'), [go]);

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
    body = <ConsoleScreen session={session} onOver={onOver} />;
  else if ((screen === 'score' || screen === 'debrief') && session) {
    const props = { session, analysis: chosen?.analysis ?? null, onExit: exit };
    body = (
      <Suspense fallback={<p role="status">Scoring the drill…</p>}>
        {screen === 'score' ? (
          <ScoreScreen {...props} onDebrief={() => go('debrief')} />
        ) : (
          <DebriefScreen {...props} />
        )}
      </Suspense>
    );
  } else
    body = (
      <LobbyScreen
        entries={entries}
        onChoose={(path, isMystery) => {
          chooseScenario(path, isMystery);
          go('briefing');
        }}
      />
    );

  const title =
    session && screen === 'console'
      ? mystery
        ? 'Mystery scenario'
        : session.scenario.file.title
      : null;
  return (
    <LazyMotion features={loadMotionFeatures}>
      <MotionConfig reducedMotion="user">
        <main className={`app screen-${screen}`}>
          <header className="app-bar">
            <h1>Firedrill</h1>
            {title && <p className="app-bar-title">{title}</p>}
            <AppNav />
          </header>
          {body}
        </main>
      </MotionConfig>
    </LazyMotion>
  );
}
