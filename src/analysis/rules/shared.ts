/**
 * Phrase families used by more than one rule: love, longing and reunion talk are *premature* in
 * stages 1–3 and *pushy* in stage 5 (restating them sways a decision that is theirs to make).
 * Patterns read texting-normalised text with contractions expanded ("i'm" → "i am").
 * compromise does not backtrack into alternations after a wildcard, so wildcards are followed by
 * single words only.
 */

/** Softening adverbs that may sit between "i" and the verb ("i just really miss u"). */
export const ADV =
  '(still|really|truly|do|honestly|genuinely|totally|just|always|also|so|kinda|actually|lowkey|seriously|secretly|never){0,3}';

export const ALL_STAGES = { 1: 'hold', 2: 'hold', 3: 'hold', 4: 'hold', 5: 'hold', 6: 'hold' } as const;

export const LOVE_PATTERNS = [
  `i ${ADV} (love|adore) you`,
  `i ${ADV} (will|am going to) (always)? love you`,
  '^(love|adore) you',
  `i (am|have) ${ADV} (been)? (in love|falling|fallen) (with|for) you`,
  `i ${ADV} (have|got) (feelings|a thing|strong feelings) for you`,
  'i (have)? (never|not) (stopped|stop) (loving|caring about) you',
  'i am (still|always)? yours',
  'love (you|ya)',
  'love you to the moon',
  'i (have)? (always|still) loved you',
  'you (have|still have|own) my heart',
  'my heart is (still|always)? yours',
  'i am (still)? (crazy|mad|head over heels|obsessed) (about|for|with) you',
  'i (still|really|just)? want you$',
] as const;

export const LONGING_PATTERNS = [
  `i ${ADV} (miss|missed) (you|us|what we had|your (smile|laugh|voice|touch|hugs|kisses|face|eyes|arms|company))`,
  `i ${ADV} (miss|missed) #Gerund .{0,4} (you|your|us)`,
  '^(miss|missing) (you|us)',
  '(miss|missing) (you|us) (so much|so bad|a lot|like crazy|every day|already|more than)',
  'i (can|could) not (sleep|eat|think|focus|function|breathe) without you',
  'i would (give|do) anything (for you|for us)',
  'i would (give|do) anything to (be with|see|hold|have|get|kiss|hug) you',
  '(it is|nothing is|life is|everything is|it has not been|nothing has been) (just)? not the same without you',
  '(life|everything|my life|my bed|the apartment) (is|feels) (so)? empty without you',
  'you are all i (think about|want|need|ever wanted)',
  'i (dreamt|dreamed|had a dream) (about|of) (you|us)',
  'i am (still)? not over you',
  '(never|not) (gotten|got|get|gotten) over you',
  'i (can|could) not (stop|quit) thinking (about|of) (you|us)',
  `i ${ADV} (think|dream|dreamt|dreamed) (about|of) (you|us) (every|all the time|constantly|nonstop|day and night|so much|always|a lot)`,
  '^(thinking|dreaming) (about|of) (you|us) (every|all the time|constantly|nonstop|day and night|so much|always|a lot)',
  `i ${ADV} (miss|missed) (the way|how) you`,
  'i (still|really|truly|deeply|do) care (about|for) you',
  'you are (always|still|constantly)? (on my mind|in my head|in my heart|in my dreams)',
  '(i)? (can|could) not get you out of my (head|mind)',
  'you (were|are) the best thing (that)? (ever)? (happened|that happened) to me',
  '(nobody|no one) (compares|comes close) to you',
  'my heart (still)? (belongs|aches|breaks) (to|for)? you',
  'i (was|am) (an idiot|stupid|a fool|so dumb|crazy) (to let you go|for letting you go|to lose you)',
  'i (wish|want|wanna) (i could)? (hold|kiss|hug|cuddle|see) you',
  'i would love to see you',
  'do you (still|ever)? (love|miss|think about) (me|us)',
  '(hey|hi|morning|goodnight|night|good morning) (babe|baby|sweetheart|darling|my love|beautiful|handsome|gorgeous)',
  'i (never|did not ever) stop (thinking about|loving|missing) you',
  'i (still|always|constantly|keep) (think|thinking|dream|dreaming) (about|of) (you|us)',
  'you are (still|always)? (the one|the love of my life|my everything|my person|my soulmate|my world|the only one for me)',
  '(the one|the only one|the only person) i (want|need|love|think about|ever loved)',
  'you (were|will always be) the one',
  `i ${ADV} need you`,
  'i want you (back|so much|in my life)',
  `i ${ADV} (want|wanted|wish|need|needed|long|wanna) to (hold|kiss|hug|touch|cuddle|be with|see|wake up next to|fall asleep next to) (you|your)`,
  'you mean (everything|the world|so much) to me',
  'i (will|would|am going to) wait (forever|for you|as long as it takes)',
  '(no one|nobody) (will|could|can|would)? (ever)? love you (like|as much as) i',
  '(i)? wish (we were|you were) (still)? (together|mine|with me|here with me|here)',
  'i am (so)? (lost|empty|nothing|lonely) without you',
  'i (can|could) not (live|go on|be happy|survive|breathe|function) without you',
  '(been|feel|felt) (so)? lonely without you',
] as const;

export const REUNION_PATTERNS = [
  '(get|getting|got|be|being) back together',
  `i ${ADV} (want|need) (you|us) back`,
  '(give|giving) (us|me|this|it|our relationship|things) (another|one more|a second|a fresh|a) (chance|try|shot|go)',
  '(another|a second|one more) chance (for us|with you|together)',
  '(me|us|deserve|deserves|owe) (another|a second|one more) chance',
  '(can|could|should|will) we (please|just){0,2} (try again|give it another|make it work|work it out|work things out|start over|start again|fix this|fix things|fix us)',
  'let us (try again|start over|start again|make it work|give it another)',
  '(we|were) (are|were)? (meant to be|made for each other)',
  'we (belong|belonged) together',
  'we should be together',
  '(come|coming) back to me',
  `i ${ADV} (want|need) to be with you`,
  'i want us (to be together|again|back)',
  '(be|being) together again',
  'take me back',
  '(please|pls|just) come back',
  'come back (to me|home|please)',
  'we (should|could|can) (try again|give it another|give us another|start over|start again|make it work|work it out|work things out|fix this|fix things|fix us)',
  '(want|need|get|have) (another|a second|one more) (chance|shot|try) (with you|at us|together)?',
  '(any|a) chance (for us|we could|of us)',
  'let us be together',
  'meant for each other',
  'fix (things|it|this|what we had) (between us|with us)',
  '(ready|willing) to (try again|give us another|start over|make it work|work on us)',
  '(have|get|win) you back',
  '(be|being) (mine|yours) again',
  '(will|would) you be mine',
  'i (want|would like|wanna|would love) to (try again|start over|give us another|make it work)',
  '(another|a second|one more) (shot|try) (at us|together|with you)',
  'i am not giving up on (us|you)',
  '(do not|never) give up on (us|me)',
  `i ${ADV} want (what we had|us) back`,
] as const;
