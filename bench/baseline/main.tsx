/**
 * The bare React baseline for the bundle and load benchmarks: react + react-dom rendering one
 * trivial component, built with the app's own Vite config. The button is the "interactive" mark
 * the Chromium bench waits for, like the first scenario card's button in the app.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Baseline() {
  const [clicks, setClicks] = useState(0);
  return (
    <main>
      <h1>Bare React</h1>
      <button type="button" onClick={() => setClicks((n) => n + 1)}>
        Clicked {clicks} times
      </button>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('baseline: #root missing');
createRoot(root).render(
  <StrictMode>
    <Baseline />
  </StrictMode>,
);
