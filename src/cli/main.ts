/** Entry of `npm run scenario -- <command>`. */
import { readFileSync } from 'node:fs';
import { runCli } from './commands.ts';

process.exitCode = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
