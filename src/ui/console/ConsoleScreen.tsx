/** Screen 3: the incident console. */
import { useEffect } from 'react';
import type { DrillSession } from '../../engine/index.ts';
import { FacilitatorPanel } from '../facilitator/FacilitatorPanel.tsx';
import { SessionContext, useDrill } from '../session/useDrill.ts';
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

export interface ConsoleProps {
  session: DrillSession;
  /** Called once when the drill is resolved or ended. */
  onOver?: () => void;
}

export function ConsoleScreen({ session, onOver }: ConsoleProps) {
  const { over } = useDrill(session);
  const mode = useAppStore((s) => s.mode);
  useEffect(() => {
    if (over) onOver?.();
  }, [over, onOver]);

  return (
    <SessionContext.Provider value={session}>
      <div className="console">
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
    </SessionContext.Provider>
  );
}
