import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Shipped source: src/ and entrypoints/, without tests and test helpers. */
export function shippedSources(exts = /\.(ts|tsx|js|jsx|mjs|html|css)$/): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (exts.test(entry.name) && !/\.(test|spec)\.[jt]sx?$|(^|\/)test-[^/]*$/.test(rel))
        out.push({ file: rel, text: readFileSync(path.join(repoRoot, rel), 'utf8') });
    }
  };
  walk('src');
  walk('entrypoints');
  return out;
}

/** Drops comments (so "no fetch" in a comment is not a fetch) but keeps strings such as URLs. */
export function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[\s;{}(),])\/\/.*$/gm, '$1');
}
