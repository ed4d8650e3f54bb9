import { STAGE_NAMES } from '../analysis/stages';
import type { Analysis, Stage } from '../analysis/types';

/** Human-readable report of one analysis, for the terminal. */
export function formatAnalysis(text: string, stage: Stage, analysis: Analysis): string {
  const lines: string[] = [
    `Stage ${stage} (${STAGE_NAMES[stage]}): ${JSON.stringify(text.length > 120 ? `${text.slice(0, 117)}...` : text)}`,
  ];
  if (analysis.findings.length === 0) lines.push('', 'Nothing to hold: this reads fine for this stage.');
  for (const f of analysis.findings) {
    lines.push(
      '',
      `[${f.severity}] ${f.category} (${f.rule}) at ${f.start}-${f.end}: "${f.phrase}"`,
      `  why: ${f.reason}`,
      ...f.suggestions.map((s) => `  try: ${s}`),
    );
  }
  if (analysis.signals.length > 0) {
    lines.push('', 'Signals (not flags):');
    for (const s of analysis.signals) lines.push(`  ${s.kind}: ${s.detail}`);
  }
  return lines.join('\n');
}
