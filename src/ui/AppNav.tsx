/** Top-level navigation between the app's places; hidden while a drill is on. */
import { useAppStore, type Screen } from './store.ts';

const PLACES: readonly { screen: Screen; label: string }[] = [
  { screen: 'lobby', label: 'Drills' },
  { screen: 'author', label: 'Author' },
  { screen: 'history', label: 'History' },
  { screen: 'schedule', label: 'Schedule' },
];

/** Screens that belong to a running drill: leaving them goes through the drill's own exits. */
const IN_DRILL: ReadonlySet<Screen> = new Set(['briefing', 'console', 'score', 'debrief']);

export function AppNav() {
  const screen = useAppStore((s) => s.screen);
  const go = useAppStore((s) => s.go);
  if (IN_DRILL.has(screen)) return null;
  return (
    <nav className="app-nav" aria-label="Main">
      {PLACES.map((place) => (
        <button
          key={place.screen}
          type="button"
          className="app-nav-link"
          aria-current={screen === place.screen ? 'page' : undefined}
          onClick={() => go(place.screen)}
        >
          {place.label}
        </button>
      ))}
    </nav>
  );
}
