/**
 * `new <id> [--out <path>]`: write a commented starter scenario, by default
 * `scenarios/<id>.yaml`. Never overwrites a file; rejects ids that are not kebab-case.
 */
import path from 'node:path';
import { option, positionals, type CliIo } from './io.ts';
import { starterScenario } from './starter.ts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SCHEMA_FILE = 'public/schema/scenario.schema.json';

/** The `$schema=` reference from `file` to the published schema, with forward slashes. */
export function schemaRefFor(file: string, cwd = process.cwd()): string {
  const from = path.dirname(path.resolve(cwd, file));
  return path.relative(from, path.resolve(cwd, SCHEMA_FILE)).split(path.sep).join('/');
}

export function scaffold(args: string[], io: CliIo): number {
  const [id] = positionals(args, ['--out']);
  if (!id) {
    io.err('new: give a scenario id, e.g. npm run scenario -- new checkout-disk-full');
    return 2;
  }
  if (!KEBAB.test(id) || id.length > 80) {
    io.err(
      `new: "${id}" is not a kebab-case id (lowercase letters and digits in words joined by single dashes, at most 80 characters)`,
    );
    return 2;
  }
  const out = option(args, '--out') ?? `scenarios/${id}.yaml`;
  if (!io.writeNewFile || !io.exists) {
    io.err('new: this environment cannot write files');
    return 1;
  }
  if (io.exists(out)) {
    io.err(`new: ${out} already exists; not overwriting it (choose another id or --out)`);
    return 1;
  }
  try {
    io.writeNewFile(out, starterScenario(id, schemaRefFor(out)));
  } catch (error) {
    io.err(`new: cannot write ${out} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return 1;
  }
  io.out(`wrote ${out}`);
  io.out(`next: edit it, then npm run scenario -- validate ${out}`);
  return 0;
}
