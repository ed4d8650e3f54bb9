import type { Outcome } from '../messaging/protocol';
import type { Counts, DayCounts } from './types';

const KEEP_DAYS = 90;

export function emptyDay(): DayCounts {
  return { held: 0, edited: 0, sentAnyway: 0, sentClean: 0 };
}

/** Local calendar day, so "today" in the popup means the user's today. */
export function dayKey(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function bump(counts: Counts, outcome: Outcome, now: number): Counts {
  const key = dayKey(now);
  const day = { ...(counts[key] ?? emptyDay()) };
  day[outcome] += 1;
  const next: Counts = { ...counts, [key]: day };
  const days = Object.keys(next).sort();
  for (const old of days.slice(0, Math.max(0, days.length - KEEP_DAYS))) delete next[old];
  return next;
}
