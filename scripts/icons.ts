/**
 * Renders assets/icon.svg to assets/icon/<size>.png for every size the stores and toolbars use.
 * Reproducible: the same SVG and the same Chromium give the same PNGs. Run: `npm run icons`.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ICON_SIZES } from '../src/ship/icons';

const root = path.resolve(import.meta.dirname, '..');
const svg = readFileSync(path.join(root, 'assets/icon.svg'), 'utf8');
const outDir = path.join(root, 'assets/icon');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--force-color-profile=srgb'],
});
try {
  await mkdir(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace(/width="128" height="128"/, `width="${size}" height="${size}"`);
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    );
    await page.screenshot({ path: path.join(outDir, `${size}.png`), omitBackground: true });
    await page.close();
  }
  console.log(`icons: wrote ${ICON_SIZES.join(', ')} px PNGs to ${path.relative(process.cwd(), outDir)}/`);
} finally {
  await browser.close();
}
