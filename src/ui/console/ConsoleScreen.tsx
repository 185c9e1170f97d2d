/** Screen 3: the incident console. */
import { Suspense, lazy, useEffect } from 'react';
import type { DrillSession } from '../../engine/index.ts';
import { MotionScope } from '../MotionScope.tsx';
import { FacilitatorPanel } from '../facilitator/FacilitatorPanel.tsx';
import { SessionContext, useSessionState, type DrillState } from '../session/useDrill.ts';
import { useAppStore } from '../store.ts';
import { AckBanner } from './AckBanner.tsx';
import './console.css';
import { ActionsPanel } from './ActionsPanel.tsx';
import { CommsPanel } from './CommsPanel.tsx';
import { ConsoleHeader } from './ConsoleHeader.tsx';
import { Dashboards } from './Dashboards.tsx';
import { EscalationPanel } from './EscalationPanel.tsx';
import { EvidencePanel } from './EvidencePanel.tsx';
import { Feed } from './Feed.tsx';
import { HintPanel } from './HintPanel.tsx';
import { HypothesisBoard } from './HypothesisBoard.tsx';
import { LogsPanel } from './LogsPanel.tsx';
import { ParticipantSwitcher } from './ParticipantSwitcher.tsx';
import { Runbooks } from './Runbooks.tsx';
import { TimelinePanel } from './TimelinePanel.tsx';

// Authors only: hidden facts and time travel, loaded when the drill is a playtest.
const PlaytestPanel = lazy(() => import('../playtest/PlaytestPanel.tsx'));

const selectOver = (state: DrillState) => state.over;

export interface ConsoleProps {
  session: DrillSession;
  /** Called once when the drill is resolved or ended. */
  onOver?: () => void;
  /** Playtests: swap in another session (a jump to a state, a rewind of the journal). */
  onReplaceSession?: (session: DrillSession) => void;
}

export function ConsoleScreen({ session, onOver, onReplaceSession }: ConsoleProps) {
  // Only `over` here: this screen must not re-render (and with it every panel) on each tick.
  const over = useSessionState(session, selectOver);
  const mode = useAppStore((s) => s.mode);
  const playtest = useAppStore((s) => s.playtest);
  useEffect(() => {
    if (over) onOver?.();
  }, [over, onOver]);

  return (
    <SessionContext.Provider value={session}>
      <MotionScope>
        <div className="console">
          {playtest && (
            <Suspense fallback={<p role="status">Opening the playtest panel…</p>}>
              <PlaytestPanel onReplaceSession={onReplaceSession ?? (() => {})} />
            </Suspense>
          )}
          <ConsoleHeader />
          <FacilitatorPanel />
          <ParticipantSwitcher />
          <AckBanner />
          <div className="console-grid">
            <div className="col col-left">
              <Feed />
              {mode === 'solo' && <HintPanel />}
              <EvidencePanel />
              <HypothesisBoard />
              <EscalationPanel />
            </div>
            <div className="col col-main">
              <Dashboards />
              <ActionsPanel />
              <LogsPanel />
            </div>
            <div className="col col-right">
              <CommsPanel />
              <TimelinePanel />
              <Runbooks />
            </div>
          </div>
        </div>
      </MotionScope>
    </SessionContext.Provider>
  );
}
