/**
 * The engine's session code (XState machines and what they need), behind one module so the app
 * can load it with `import()` on the way into a drill instead of with the lobby.
 */
export { createDrillSession } from '../engine/index.ts';
