/**
 * Builds the app or the bare React baseline with the app's own Vite config (the same plugins
 * and options; only `root` and `outDir` differ) and measures first-load JavaScript: the HTML
 * entry chunk plus every chunk it imports statically (what the built index.html loads or
 * modulepreloads), each gzipped at level 9 as a static server would.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { MeasuredChunk } from './budget.ts';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const CONFIG_FILE = path.join(REPO, 'vite.config.ts');
export const BASELINE_ROOT = path.join(REPO, 'bench/baseline');

/** One entry of Vite's build manifest (`build.manifest: true`). */
interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** Production build of the app (`root` undefined) or of another root, into `outDir`. */
export async function buildWith(outDir: string, root?: string): Promise<void> {
  await build({
    configFile: CONFIG_FILE,
    ...(root ? { root } : {}),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true, reportCompressedSize: false },
  });
}

export const gzipBytes = (bytes: Buffer | string): number => gzipSync(bytes, { level: 9 }).length;

/** First-load chunks of the built HTML entry, in load order, with their gzip sizes. */
export function firstLoadChunks(outDir: string): MeasuredChunk[] {
  const manifest = JSON.parse(
    readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8'),
  ) as Manifest;
  const entryKey = Object.keys(manifest).find(
    (key) => manifest[key]!.isEntry && key.endsWith('.html'),
  );
  if (!entryKey) throw new Error(`${outDir}: no HTML entry in the Vite manifest`);
  const seen = new Set<string>();
  const chunks: MeasuredChunk[] = [];
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${outDir}: manifest has no chunk ${key}`);
    const bytes = readFileSync(path.join(outDir, chunk.file));
    chunks.push({
      name: key === entryKey ? 'entry' : (chunk.name ?? key),
      file: chunk.file,
      bytes: bytes.length,
      gzip: gzipBytes(bytes),
    });
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(entryKey);
  return chunks;
}
