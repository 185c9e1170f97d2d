/** What a CLI command may do to the outside world, injected so tests run commands in-process. */
import { formatProblem, loadScenario, type ScenarioModel } from '../engine/index.ts';

export interface CliIo {
  readFile(path: string): string;
  out(line: string): void;
  err(line: string): void;
  /** Create a file that does not exist yet (throws when it does). Needed by `new` only. */
  writeNewFile?(path: string, text: string): void;
  /** Whether a file exists. Needed by `new` only. */
  exists?(path: string): boolean;
}

/** Read and load one scenario file, printing its problems; null when it does not load. */
export function load(io: CliIo, file: string): ScenarioModel | null {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    io.err(`${file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return null;
  }
  const result = loadScenario(text, file);
  for (const problem of result.problems) io.err(formatProblem(problem));
  return result.ok ? result.model : null;
}

/** The value after `--flag`, or undefined. */
export function option(args: readonly string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Positional arguments: those that are neither flags nor the values of `valued` flags. */
export function positionals(args: readonly string[], valued: readonly string[]): string[] {
  return args.filter((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1] ?? ''));
}
