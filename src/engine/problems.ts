/** Problems found in a scenario file, with where they are. */

export interface Problem {
  /** File name as given by the caller. */
  file: string;
  /** 1-based line and column, when the problem has a place in the YAML text. */
  line?: number;
  col?: number;
  /** Field path such as `actions[3].requires.clues[0]`. */
  path?: string;
  message: string;
  severity: 'error' | 'warning';
}

/** `file:line:col: message` (or `file: path: message` when there is no position). */
export function formatProblem(problem: Problem): string {
  const where =
    problem.line !== undefined
      ? `${problem.file}:${problem.line}:${problem.col ?? 1}`
      : problem.file;
  const path = problem.path && problem.line === undefined ? ` ${problem.path}:` : '';
  const level = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where}:${path} ${level}${problem.message}`;
}

/** `actions[3].requires.clues[0]` from `['actions', 3, 'requires', 'clues', 0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text;
}
