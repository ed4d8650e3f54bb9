import { existsSync } from 'node:fs';
import path from 'node:path';

/** Sizes rendered from assets/icon.svg by scripts/icons.ts (toolbar 16/32, menus 48, stores 96/128). */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** The toolbar button uses the small sizes; the browser picks by pixel density. */
export const actionIcons = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' };

/** Public-asset entries that copy each rendered PNG to `icon/<size>.png` in the build. */
export function iconAssets(dir: string): { absoluteSrc: string; relativeDest: string }[] {
  return ICON_SIZES.map((size) => {
    const absoluteSrc = path.resolve(dir, `${size}.png`);
    if (!existsSync(absoluteSrc)) throw new Error(`${absoluteSrc} is missing: run \`npm run icons\``);
    return { absoluteSrc, relativeDest: `icon/${size}.png` };
  });
}
