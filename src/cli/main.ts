/** Entry of `npm run scenario -- <command>`. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { runCli } from './commands.ts';

process.exitCode = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  // 'wx' fails when the file exists, so a race cannot overwrite one either.
  writeNewFile: (path, text) => writeFileSync(path, text, { encoding: 'utf8', flag: 'wx' }),
  exists: (path) => existsSync(path),
});
