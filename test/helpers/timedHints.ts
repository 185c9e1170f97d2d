/** tiny.yaml (alert at T+30m) with hints that wait for time, for evidence, or for both. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const tiny = readFileSync(path.resolve('test/fixtures/tiny.yaml'), 'utf8');

export const TIMED_HINTS_TEXT = tiny.replace(
  /^hints:[\s\S]*?^rootCause:/m,
  `hints:
  - id: wait-a-bit
    text: Which systems changed last night?
    when: { after: 45m }
  - id: follow-change
    text: What does that rule let through?
    when: { clues: [firewall-change] }
  - id: late-and-found
    text: Who can change the rule?
    when: { after: 1h30m, clues: [firewall-change] }
rootCause:`,
);
