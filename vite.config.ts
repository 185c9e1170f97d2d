/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1' },
  build: {
    rolldownOptions: {
      // The engine is pure by lint (no globals, no I/O, no registration at import time), so a
      // chunk that uses one helper (say `formatDuration` in the lobby) need not carry the engine
      // modules it does not use: zod schemas, XState machines and the YAML loader stay in the
      // chunks that really use them (bench/bundle measures the first load).
      treeshake: {
        moduleSideEffects: [{ test: /\/src\/engine\/[^/]+\.ts$/, sideEffects: false }],
      },
    },
  },
  test: {
    // Shared by both projects below (`extends: true`). `include` is set per project because
    // Vitest concatenates arrays when a project extends the root config.
    setupFiles: ['test/helpers/setup.ts'],
    globals: true,
    projects: [
      {
        // Engine, scenarios, CLI: plain Node, no DOM.
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', '**/.git/**', 'test/ui/**', 'test/e2e/**'],
          environment: 'node',
        },
      },
      {
        // React UI: jsdom.
        extends: true,
        test: {
          name: 'ui',
          include: ['test/ui/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
        },
      },
    ],
  },
});
