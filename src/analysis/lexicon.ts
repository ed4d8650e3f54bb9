import nlp from 'compromise';

/**
 * Word classes the rules match by tag. compromise knows these words as adjectives or nouns; the
 * extra tag says they are character faults, so "you're so #BadTrait" reads as an accusation while
 * "you're so kind" does not.
 */
const BAD_TRAITS = [
  'selfish',
  'cold',
  'heartless',
  'toxic',
  'manipulative',
  'controlling',
  'immature',
  'childish',
  'cruel',
  'unfair',
  'impossible',
  'fake',
  'careless',
  'inconsiderate',
  'ungrateful',
  'lazy',
  'abusive',
  'rude',
  'petty',
  'dishonest',
  'unreliable',
  'narcissistic',
  'pathetic',
  'useless',
  'cowardly',
  'heartless',
  'mean',
  'spineless',
  'disrespectful',
  'self-centered',
  'self-absorbed',
  'arrogant',
  'insensitive',
  'unbearable',
  'jealous',
  'possessive',
  'stubborn',
  'clueless',
  'hopeless',
  'unavailable',
  'distant',
  'neglectful',
  'sensitive',
  'needy',
  'clingy',
  'dramatic',
  'crazy',
  'insane',
  'psycho',
  'delusional',
  'hypocritical',
  'condescending',
  'irresponsible',
  'dismissive',
  'spoiled',
];
const BAD_PEOPLE = [
  'liar',
  'jerk',
  'coward',
  'narcissist',
  'cheater',
  'idiot',
  'loser',
  'hypocrite',
  'monster',
  'asshole',
  'bitch',
  'user',
  'manipulator',
  'player',
  'fraud',
];

let installed = false;

export function installLexicon(): void {
  if (installed) return;
  installed = true;
  nlp.addTags({
    BadTrait: { isA: 'Adjective' },
    BadPerson: { isA: 'Noun' },
  });
  const words: Record<string, string> = {};
  for (const w of BAD_TRAITS) words[w] = 'BadTrait';
  for (const w of BAD_PEOPLE) words[w] = 'BadPerson';
  // texting hedges compromise reads as nouns ("lowkey i miss u" has no other subject)
  for (const w of ['lowkey', 'highkey', 'ngl', 'tbh', 'fr', 'tho', 'imo', 'istg']) words[w] = 'Adverb';
  nlp.addWords(words);
}
