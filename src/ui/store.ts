/**
 * App and UI state only: which screen, which scenario, who plays, how fast the clock runs.
 * The drill's truth is the engine session (see `session/SessionContext.tsx`), never copied here.
 */
import { create } from 'zustand';

export type Screen =
  | 'lobby'
  | 'briefing'
  | 'console'
  | 'score'
  | 'debrief'
  /** Open, paste or drop a scenario file; validate; play or save it. */
  | 'author'
  /** A scenario's state graph, par path, difficulty simulation. */
  | 'explorer'
  /** Finished drills, trends, competency map. */
  | 'history'
  /** Recurring drill plans and their calendar export. */
  | 'schedule';
export type Mode = 'solo' | 'team' | 'facilitated';
export type Role = 'incident-commander' | 'operations' | 'communications' | 'scribe';

export const ROLES: readonly { id: Role; label: string }[] = [
  { id: 'incident-commander', label: 'Incident commander' },
  { id: 'operations', label: 'Operations' },
  { id: 'communications', label: 'Communications' },
  { id: 'scribe', label: 'Scribe' },
];

/** Game seconds per real second. */
export const SPEEDS = [1, 10, 60, 300, 900] as const;

export interface Participant {
  name: string;
  role: Role;
}

export interface LogFilterState {
  query: string;
  level: '' | 'debug' | 'info' | 'warn' | 'error';
  service: string;
}

export interface AppState {
  screen: Screen;
  scenarioPath: string | null;
  /** Catalogue path of the scenario the explorer shows (`/scenarios/…`, `library:…`, `draft:…`). */
  explorerPath: string | null;
  /** "Surprise me": keep the title hidden until the debrief. */
  mystery: boolean;
  /** The live drill is an author's playtest: hidden facts shown, kept out of history. */
  playtest: boolean;
  mode: Mode;
  /** Team name for team and facilitated drills (saved with the drill). */
  team: string;
  /** The schedule the chosen drill was started from ("Start now"), saved with the drill. */
  scheduleId: string | null;
  /**
   * The seed a scheduled drill runs with: the schedule's own for that occurrence (it also made
   * the surprise pick), shown on the lobby's card. The lobby's `seed` is left as the user set it.
   */
  scheduleSeed: number | null;
  roster: Participant[];
  activeParticipant: string;
  speed: number;
  paused: boolean;
  seed: number;
  /** The user typed the seed: keep it for the next drill too (otherwise each drill gets a new one). */
  seedPinned: boolean;
  facilitatorOpen: boolean;
  logFilter: LogFilterState;
  /** Lobby filters: one of the engine's closed `FAILURE_MODES`, a difficulty, free text. */
  modeFilter: string;
  difficultyFilter: string;
  searchFilter: string;
}

export interface ScheduledChoice {
  path: string;
  /** Surprise picks keep the title hidden until the debrief. */
  mystery: boolean;
  team: string;
  scheduleId: string;
  seed: number;
}

export interface AppActions {
  go: (screen: Screen) => void;
  chooseScenario: (path: string, mystery?: boolean) => void;
  /** Go to a scheduled drill's briefing: the schedule's team, its seed (`scheduleSeed`). */
  chooseScheduled: (choice: ScheduledChoice) => void;
  /** Open the explorer on one catalogue entry. */
  explore: (path: string) => void;
  setPlaytest: (playtest: boolean) => void;
  setMode: (mode: Mode) => void;
  setTeam: (team: string) => void;
  setRoster: (roster: Participant[]) => void;
  setActiveParticipant: (name: string) => void;
  setSpeed: (speed: number) => void;
  setPaused: (paused: boolean) => void;
  /** A seed the user chose: pinned, so it is kept from one drill to the next. */
  setSeed: (seed: number) => void;
  /** A fresh random seed, not pinned. */
  rerollSeed: () => void;
  /** A drill ended (back to the lobby): the next one gets a new seed unless it is pinned. */
  nextDrillSeed: () => void;
  toggleFacilitator: () => void;
  setLogFilter: (filter: Partial<LogFilterState>) => void;
  setFilters: (filters: { mode?: string; difficulty?: string; search?: string }) => void;
  reset: () => void;
}

export const randomSeed = () => Math.floor(Math.random() * 2 ** 31);

export const initialAppState = (): AppState => ({
  screen: 'lobby',
  scenarioPath: null,
  explorerPath: null,
  mystery: false,
  playtest: false,
  mode: 'solo',
  team: '',
  scheduleId: null,
  scheduleSeed: null,
  roster: [{ name: 'You', role: 'incident-commander' }],
  activeParticipant: 'You',
  speed: 60,
  paused: false,
  seed: randomSeed(),
  seedPinned: false,
  facilitatorOpen: false,
  logFilter: { query: '', level: '', service: '' },
  modeFilter: '',
  difficultyFilter: '',
  searchFilter: '',
});

export const useAppStore = create<AppState & AppActions>()((set) => ({
  ...initialAppState(),
  go: (screen) => set({ screen }),
  chooseScenario: (scenarioPath, mystery = false) =>
    set({ scenarioPath, mystery, scheduleId: null, scheduleSeed: null }),
  chooseScheduled: ({ path, mystery, team, scheduleId, seed }) =>
    set((s) => ({
      scenarioPath: path,
      mystery,
      team,
      scheduleId,
      scheduleSeed: seed,
      // A scheduled drill is a team's: solo becomes team-on-one-screen, facilitated stays.
      mode: s.mode === 'solo' ? 'team' : s.mode,
      screen: 'briefing',
    })),
  explore: (explorerPath) => set({ explorerPath, screen: 'explorer' }),
  setPlaytest: (playtest) => set({ playtest }),
  setMode: (mode) =>
    set((s) => {
      const roster = mode === 'solo' ? s.roster.slice(0, 1) : s.roster;
      return { mode, roster, activeParticipant: roster[0]?.name ?? 'You' };
    }),
  setTeam: (team) => set({ team }),
  setRoster: (roster) =>
    set((s) => ({
      roster,
      activeParticipant: roster.some((p) => p.name === s.activeParticipant)
        ? s.activeParticipant
        : (roster[0]?.name ?? 'You'),
    })),
  setActiveParticipant: (activeParticipant) => set({ activeParticipant }),
  setSpeed: (speed) => set({ speed }),
  setPaused: (paused) => set({ paused }),
  setSeed: (seed) => set({ seed, seedPinned: true }),
  rerollSeed: () => set({ seed: randomSeed(), seedPinned: false }),
  nextDrillSeed: () => set((s) => (s.seedPinned ? {} : { seed: randomSeed() })),
  toggleFacilitator: () => set((s) => ({ facilitatorOpen: !s.facilitatorOpen })),
  setLogFilter: (filter) => set((s) => ({ logFilter: { ...s.logFilter, ...filter } })),
  setFilters: ({ mode, difficulty, search }) =>
    set((s) => ({
      modeFilter: mode ?? s.modeFilter,
      difficultyFilter: difficulty ?? s.difficultyFilter,
      searchFilter: search ?? s.searchFilter,
    })),
  reset: () => set(initialAppState()),
}));
