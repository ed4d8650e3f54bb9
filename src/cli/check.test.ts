import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

function run(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['src/cli/check.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('check CLI', () => {
  it('prints findings for a person, with reason and suggestion', async () => {
    const { code, stdout } = await run(['--stage', '2', 'I still love u. you have to see this video']);
    expect(code).toBe(0);
    expect(stdout).toContain('premature');
    expect(stdout).toContain('"I still love u"');
    expect(stdout).toMatch(/try: \S/);
    expect(stdout).not.toContain('demanding');
  }, 20000);

  it('defaults to stage 1 and rejects a bad stage clearly', async () => {
    const ok = await run(['can I call you?']);
    expect(ok.stdout).toContain('Stage 1');
    expect(ok.stdout).toContain('call-request');
    const bad = await run(['--stage', '7', 'hi']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/stage/);
    expect(bad.stdout).toBe('');
  }, 20000);

  it('--jsonl writes exactly one JSON line per input line, in order, errors included', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'answer me', stage: 1 }),
      'not json at all',
      '',
      JSON.stringify({ id: 'b', stage: 2 }),
      JSON.stringify({ id: 'c', text: 'hi', stage: 0 }),
      JSON.stringify({ id: 'd', text: 'I love this song', stage: 1 }),
      JSON.stringify({ id: 'e', text: 'call me now', stage: 1 }),
    ].join('\n');
    const { code, stdout } = await run(['--jsonl'], `${input}\n`);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    const rows = lines.map((l) => JSON.parse(l));
    expect(rows.map((r) => r.id)).toEqual(['a', null, 'b', 'c', 'd', 'e']);
    expect(rows[0].findings[0]).toMatchObject({ category: 'pushy', phrase: 'answer me', start: 0, end: 9 });
    expect(Object.keys(rows[0].findings[0]).sort()).toEqual(
      ['category', 'end', 'phrase', 'reason', 'rule', 'severity', 'start', 'suggestions'].sort(),
    );
    expect(rows[1]).toMatchObject({ error: expect.any(String), findings: [], signals: [] });
    expect(rows[2].error).toMatch(/text/);
    expect(rows[3].error).toMatch(/stage/);
    expect(rows[4]).toEqual({ id: 'd', findings: [], signals: [] });
    expect(new Set(rows[5].findings.map((f: { category: string }) => f.category))).toEqual(
      new Set(['demanding', 'premature']),
    );
  }, 20000);

  it('--jsonl streams a large input without dropping lines', async () => {
    const n = 400;
    const input = Array.from({ length: n }, (_, i) =>
      JSON.stringify({ id: i, text: i % 2 ? 'answer me' : 'hope you are well', stage: 1 }),
    ).join('\n');
    const { stdout } = await run(['--jsonl'], input);
    const rows = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(rows.filter((r) => r.findings.length > 0)).toHaveLength(n / 2);
  }, 30000);
});
