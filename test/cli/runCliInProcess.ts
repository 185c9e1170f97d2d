/** Run the scenario CLI in-process with files read from the repository and output captured. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/commands.ts';
import { ROOT } from '../helpers/testDrill.ts';

export const TINY = 'test/fixtures/tiny.yaml';

export function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, {
    readFile: (file) => readFileSync(path.resolve(ROOT, file), 'utf8'),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
