// Vitest setup for every project: `node` (engine, scenarios, cli) and `ui` (jsdom).
import '@testing-library/jest-dom/vitest';
import { MotionGlobalConfig } from 'framer-motion';
import { afterEach, vi } from 'vitest';

// Cancelled motion animations make Vitest exit 1 with every test green; tests never need them.
MotionGlobalConfig.skipAnimations = true;

// Unmount whatever a test rendered. Only the DOM projects load React Testing Library.
if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  afterEach(async () => {
    cleanup();
    // Screens load parts lazily (storage probe, lazy screens); a test that ends before such an
    // import finishes would otherwise fail the run with "imported after the environment was torn down".
    await vi.dynamicImportSettled();
  });
}
