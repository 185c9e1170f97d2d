/**
 * The closed vocabulary of failure modes a scenario drills. A learner's competency map and the
 * lobby's filter group by it, so it is closed (unlike free-form `tags`). Kept apart from the
 * zod schema so the lobby can import it without loading zod.
 */
export const FAILURE_MODES = [
  'network',
  'firewall',
  'dns',
  'certificate',
  'database',
  'storage',
  'configuration',
  'capacity',
  'dependency',
  'deploy',
  'human-error',
  'resource-exhaustion',
] as const;

/** One failure mode, e.g. `dns`. */
export type FailureMode = (typeof FAILURE_MODES)[number];
