import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { analyzeNaive } from './naive';
import { RULES } from './rules';
import { STAGES } from './types';

const EXTRA = [
  "It's been a long week. Anyway, why haven't you answered me?? I can't live without you. Love you",
  'Hi. Hope the new job is going well! We should get dinner sometime, and I still miss u sooo much.',
  "I'm not blaming you, I'm just saying you never listened. sorry for being 'too much' apparently",
  'you made me try kimchi, this is your fault 😂. you have to see this video',
  '<b>answer me</b> ​please​ answer',
  "it's all ur fault. if u dont call me by friday im done. wanna grab coffee? can i call u",
  'answer me. hope you are well. answer me. i still love you. hope you are well.',
];

const texts = [
  ...new Set([
    ...RULES.flatMap((r) =>
      [...r.examples.flag, ...r.examples.pass].map((e) => (typeof e === 'string' ? e : e.text)),
    ),
    ...EXTRA,
  ]),
];

describe('match-net analyze and naive baseline make the same decisions', () => {
  // the naive path is slow by design; allow for a loaded CI machine
  it.each(STAGES.map((s) => [s]))(
    'stage %i: identical findings for every rule example',
    (stage) => {
      for (const text of texts) {
        expect({ text, ...analyzeNaive(text, { stage }) }).toEqual({ text, ...analyze(text, { stage }) });
      }
    },
    60000,
  );
});
