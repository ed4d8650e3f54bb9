import type { Box, Theme } from './model';

/** Light or dark, from the first opaque background behind the composer (the page's own look). */
export function themeBehind(el: Element): Theme {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const rgb = getComputedStyle(node)
      .backgroundColor.match(/[\d.]+/g)
      ?.map(Number);
    if (!rgb || rgb.length < 3) continue;
    if (rgb.length === 4 && rgb[3] === 0) continue;
    const [r, g, b] = rgb as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function boxOf(el: Element): Box {
  const r = el.getBoundingClientRect();
  return { top: r.top, left: r.left, width: r.width, height: r.height };
}

export function unionBox(a: Box, b: Box | null): Box {
  if (!b) return a;
  const top = Math.min(a.top, b.top);
  const left = Math.min(a.left, b.left);
  const bottom = Math.max(a.top + a.height, b.top + b.height);
  const right = Math.max(a.left + a.width, b.left + b.width);
  return { top, left, width: right - left, height: bottom - top };
}
