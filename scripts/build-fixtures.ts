// Bundles every fixture page (tests/fixtures/<site>/main.ts[x]) into one self-contained HTML file,
// tests/fixtures/dist/<site>.html, served at the real sites' URLs by the browser tests.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const fixturesDir = path.join(root, 'tests/fixtures');
const outDir = path.join(fixturesDir, 'dist');
/** "Unseen" composer variants: tests/fixtures/variants/pages/<id>.ts(x) → dist/variants/<id>.html. */
const variantPagesDir = path.join(fixturesDir, 'variants/pages');

function variantPages(): string[] {
  if (!existsSync(variantPagesDir)) return [];
  return readdirSync(variantPagesDir)
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => `variants/${file.replace(/\.tsx?$/, '')}`)
    .sort();
}

const titles: Record<string, string> = {
  whatsapp: 'WhatsApp',
  messenger: 'Messenger',
  instagram: 'Chats • Instagram',
  discord: 'Discord',
  slack: 'Slack',
  tinder: 'Tinder',
  telegram: 'Telegram Web',
  'telegram-a': 'Telegram Web A',
  gmail: 'Inbox - Gmail',
  linkedin: 'Messaging | LinkedIn',
  'google-messages': 'Google Messages for web',
  x: 'Chat / X',
  demo: 'Rekindle demo: chat with Alex',
};

function entryOf(site: string): string | null {
  if (site.startsWith('variants/')) {
    const base = path.join(fixturesDir, 'variants/pages', site.slice('variants/'.length));
    return [`${base}.ts`, `${base}.tsx`].find((file) => existsSync(file)) ?? null;
  }
  for (const file of ['main.ts', 'main.tsx']) {
    const candidate = path.join(fixturesDir, site, file);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Inline scripts must not close their own <script> element early. */
const inlineSafe = (code: string): string => code.replace(/<\/(script)/gi, '<\\/$1');

export async function buildFixtures(): Promise<string[]> {
  const started = performance.now();
  const sites = readdirSync(fixturesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'dist' && d.name !== 'shared' && entryOf(d.name))
    .map((d) => d.name)
    .sort();
  const variants = variantPages();
  const entryPoints = Object.fromEntries([
    ...sites.map((site) => [site, entryOf(site)!]),
    ...variants.map((name) => [name, entryOf(name)!]),
  ]);
  const result = await build({
    entryPoints,
    bundle: true,
    write: false,
    outdir: outDir,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"', __DEV__: 'false' },
    logLevel: 'warning',
  });
  const outputs = new Map(result.outputFiles.map((file) => [path.relative(outDir, file.path), file.text]));
  mkdirSync(outDir, { recursive: true });
  mkdirSync(path.join(outDir, 'variants'), { recursive: true });
  const written: string[] = [];
  for (const site of [...sites, ...variants]) {
    const script = outputs.get(`${site}.js`);
    if (script === undefined) throw new Error(`build-fixtures: no bundle for ${site}`);
    const style = outputs.get(`${site}.css`) ?? '';
    const html = [
      '<!doctype html>',
      '<html lang="en" dir="ltr">',
      '<head>',
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${titles[site] ?? site}</title>`,
      `<style>${style.replace(/<\/(style)/gi, '<\\/$1')}</style>`,
      '</head>',
      '<body>',
      '<div id="app"></div>',
      `<script>${inlineSafe(script)}</script>`,
      '</body>',
      '</html>',
      '',
    ].join('\n');
    const file = path.join(outDir, `${site}.html`);
    // Several test runs may build at once: only rewrite what changed, and atomically (write + rename).
    if (!existsSync(file) || readFileSync(file, 'utf8') !== html) {
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, html);
      renameSync(temporary, file);
    }
    written.push(file);
  }
  console.log(
    `build-fixtures: ${written.length} pages (${sites.join(', ')}) in ${Math.round(performance.now() - started)} ms`,
  );
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildFixtures().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
