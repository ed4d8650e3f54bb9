/**
 * Phrase families used by more than one rule: love, longing and reunion talk are *premature* in
 * stages 1–3 and *pushy* in stage 5 (restating them sways a decision that is theirs to make).
 * Patterns read texting-normalised text with contractions expanded ("i'm" → "i am").
 */

export const LOVE_PATTERNS = [
  'i (still|really|truly|do|honestly|genuinely|totally|just|always|also)? (love|adore) you',
  'i (still|really)? (will|am going to|always) (always)? love you',
  '^(love|adore) you',
  'i (am|have) (still|always|been)? (in love|falling|fallen) (with|for) you',
  'i (still)? have (feelings|a thing|strong feelings) for you',
  'i (have)? (never|not) (stopped|stop) (loving|caring about) you',
  'i am still yours',
] as const;

export const LONGING_PATTERNS = [
  'i (really|still|so|just|do|kinda|kind of|truly|honestly|also|really really)? (miss|missed) (you|us|what we had|having you|being with you|talking to you|holding you|your (smile|laugh|voice|touch|hugs|kisses|face|eyes|arms|company))',
  '^(miss|missing) (you|us)',
  'i (can|could) not (stop|quit) thinking (about|of) you',
  'i (think|dream|dreamt|dreamed) (about|of) (you|us) (every|all the time|constantly|nonstop|day and night|so much|always)',
  'you are (still|always)? (the one|the love of my life|my everything|my person|my soulmate|my world|the only one for me)',
  'you (were|will always be) the one',
  'i (still|really|just)? need you',
  'i want you (back|so much|in my life)',
  'you mean (everything|the world|so much) to me',
  'i wish (we were|you were) (still)? (together|mine|with me|here with me)',
  'i am (so)? (lost|empty|nothing) without you',
] as const;

export const REUNION_PATTERNS = [
  '(get|getting|got|be|being) back together',
  'i (still|really|just)? (want|need) (you|us) back',
  '(give|giving) (us|me|this|it|our relationship|things) (another|one more|a second|a fresh|a) (chance|try|shot|go)',
  '(another|a second|one more) chance (for us|with you|together)',
  '(can|could|should|will) we (please)? (try again|give it another|make it work|work it out|work things out|start over|start again|fix this|fix things|fix us)',
  'let us (try again|start over|start again|make it work|give it another)',
  'we (belong|are meant to be|were meant to be|were made for each other)',
  'we should be together',
  '(come|coming) back to me',
  'i (want|need) to be with you',
  'i want us (to be together|again|back)',
  '(be|being) together again',
  'take me back',
  'i (still|really|just)? want (what we had|us) back',
] as const;
