/**
 * Scenario loading: text → YAML → schema → semantic validation → model + machine.
 *
 * Scenario files are untrusted: nothing in them is evaluated, every problem is reported
 * with a position (or a field path) and the caller gets all problems at once, never a throw.
 */
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { compileScenario, type DrillMachine } from './machine.ts';
import { buildModel, type ScenarioModel } from './model.ts';
import { formatPath, type Problem } from './problems.ts';
import { Scenario } from './schema.ts';
import { semanticProblems, type PathProblem, type SemanticOptions } from './semantic.ts';

/** Largest scenario file accepted, in characters. Real files are ~20–60 kB. */
export const MAX_SCENARIO_CHARS = 512 * 1024;
/** Most YAML aliases a file may expand (guards against "billion laughs" alias bombs). */
export const MAX_ALIAS_COUNT = 200;

/** `reachability: false` is a quick check without the state-graph analysis (see `semanticProblems`). */
export type LoadOptions = SemanticOptions;

export type LoadResult =
  | { ok: true; model: ScenarioModel; machine: DrillMachine; problems: Problem[] }
  | { ok: false; problems: Problem[] };

interface Located {
  doc: Document.Parsed;
  lines: LineCounter;
}

function at(
  file: string,
  located: Located | null,
  path: readonly PropertyKey[],
  message: string,
  severity: Problem['severity'] = 'error',
): Problem {
  const problem: Problem = { file, message, severity };
  if (path.length) problem.path = formatPath(path);
  if (!located) return problem;
  const offset = offsetOf(located.doc, path);
  if (offset !== null) {
    const pos = located.lines.linePos(offset);
    problem.line = pos.line;
    problem.col = pos.col;
  }
  return problem;
}

/** Source offset of the deepest node along `path` (the key itself for unknown keys). */
function offsetOf(doc: Document.Parsed, path: readonly PropertyKey[]): number | null {
  let node: unknown = doc.contents;
  let offset: number | null = isNode(node) ? (node.range?.[0] ?? null) : null;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) return offset;
      const keyNode = pair.key;
      if (isNode(pair.value) && pair.value.range) offset = pair.value.range[0];
      else if (isNode(keyNode) && keyNode.range) offset = keyNode.range[0];
      node = pair.value;
    } else if (node && typeof node === 'object' && 'items' in node && typeof key === 'number') {
      const item = (node as { items: unknown[] }).items[key];
      if (!isNode(item)) return offset;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else return offset;
  }
  return offset;
}

/** Position of an unknown key (the key, not its value). */
function keyOffset(doc: Document.Parsed, path: readonly PropertyKey[], key: string): number | null {
  let node: unknown = doc.contents;
  for (const part of path) {
    if (isMap(node))
      node = node.items.find((item) => isScalar(item.key) && item.key.value === part)?.value;
    else if (node && typeof node === 'object' && 'items' in node && typeof part === 'number')
      node = (node as { items: unknown[] }).items[part];
    else return null;
  }
  if (!isMap(node)) return null;
  const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
  return isNode(pair?.key) ? (pair.key.range?.[0] ?? null) : null;
}

function rejectRawText(file: string, text: string): Problem | null {
  const problem = (message: string): Problem => ({ file, message, severity: 'error' });
  if (text.length > MAX_SCENARIO_CHARS)
    return problem(
      `file is too large (${text.length} characters; the limit is ${MAX_SCENARIO_CHARS})`,
    );
  if (text.trim().length === 0) return problem('file is empty: expected a YAML scenario');
  const sample = text.slice(0, 8192);
  // eslint-disable-next-line no-control-regex -- detecting binary content is the point
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001a\ufffd]/g)?.length ?? 0;
  if (sample.includes('\u0000') || controls > sample.length * 0.01)
    return problem('file looks binary, not YAML text');
  return null;
}

/**
 * Parse, validate and compile one scenario file.
 * @param text - the file's contents
 * @param file - name used in problem messages
 * @param options - `{ reachability: false }` skips the state-graph analysis (quick, partial)
 */
export function loadScenario(
  text: string,
  file = 'scenario.yaml',
  options: LoadOptions = {},
): LoadResult {
  const raw = rejectRawText(file, text);
  if (raw) return { ok: false, problems: [raw] };

  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
  });
  const problems: Problem[] = doc.errors.map((error) => {
    // `linePos` is only filled in with `prettyErrors`; the offset is always there.
    const pos = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
    const message = error.message.split('\n')[0] ?? error.message;
    return {
      file,
      line: pos?.line,
      col: pos?.col,
      message: `YAML: ${message}`,
      severity: 'error' as const,
    };
  });
  if (problems.length) return { ok: false, problems };
  const located: Located = { doc, lines };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [
        {
          file,
          line: 1,
          col: 1,
          message: `YAML could not be expanded: ${reason}`,
          severity: 'error',
        },
      ],
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return {
      ok: false,
      problems: [
        at(
          file,
          located,
          [],
          'expected a YAML mapping with scenario fields (schemaVersion, id, title, ...)',
        ),
      ],
    };

  const parsed = Scenario.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const offset = keyOffset(doc, issue.path, key);
          const pos = offset === null ? null : lines.linePos(offset);
          problems.push({
            file,
            ...(pos ? { line: pos.line, col: pos.col } : {}),
            path: formatPath([...issue.path, key]),
            message: `unknown field "${key}"`,
            severity: 'error',
          });
        }
        continue;
      }
      const path = issue.path;
      const field = path.length ? `${formatPath(path)}: ` : '';
      problems.push(at(file, located, path, `${field}${issue.message}`));
    }
    return { ok: false, problems: sortProblems(problems) };
  }

  const model = buildModel(parsed.data, text);
  const semantic: PathProblem[] = semanticProblems(model, options);
  for (const p of semantic)
    problems.push(
      at(
        file,
        located,
        p.path,
        `${p.path.length ? `${formatPath(p.path)}: ` : ''}${p.message}`,
        p.severity,
      ),
    );
  if (problems.some((p) => p.severity === 'error'))
    return { ok: false, problems: sortProblems(problems) };
  return { ok: true, model, machine: compileScenario(model), problems: sortProblems(problems) };
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}
