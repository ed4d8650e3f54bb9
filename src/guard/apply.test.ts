import { describe, expect, it } from 'vitest';
import { locatePhrase } from './apply';

describe('locatePhrase', () => {
  it('uses the analyzer offset when the text did not move', () => {
    expect(locatePhrase('I miss you. I miss you', 'I miss you', 12)).toBe(12);
  });
  it('finds the nearest occurrence when the text shifted', () => {
    expect(locatePhrase('Hey! I miss you. I miss you', 'I miss you', 12)).toBe(17);
    expect(locatePhrase('Hey! I miss you', 'I miss you', 0)).toBe(5);
  });
  it('reports a phrase that is gone', () => {
    expect(locatePhrase('Hope you are well', 'I miss you', 0)).toBe(-1);
  });
});
