/**
 * Cheap "can we read this?" check. The rules only understand English; on other languages they would
 * be guessing, so the analyzer flags nothing and says so instead.
 */

const ENGLISH = new Set(
  (
    'i you me my your we us our it is are was were be been am the a an and or but to of in on at for with ' +
    'that this what why how when do does did not no yes so just can will would could should have has had ' +
    'he she they them his her their if then there here about from up out all know think want like love miss ' +
    'please sorry thanks hey hi ok okay really still too very'
  ).split(' '),
);

const FOREIGN = new Set(
  (
    'de el la los las que y en es un una por con lo mi tu su pero muy más mas yo estoy eres quiero te amo ' +
    'hola gracias porque cuando donde también tambien nada siempre nunca ' +
    'je il elle nous vous est et le les des du pas ne qui pour avec mais suis tes ton ma mon moi toi ' +
    'oui non merci bonjour pourquoi toujours jamais rien ' +
    'ich und nicht ist das der ein eine mit bist mich dich ja nein wie auch sie wir dass aber noch immer ' +
    'nie warum liebe vermisse habe ' +
    'não você eu com uma sono ti di che non sei per questo sempre perché obrigado'
  ).split(' '),
);

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const WORDS = /[\p{L}']+/gu;

/** A short reason when the text does not look like English, else null. */
export function looksNotEnglish(text: string): string | null {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  let letters = 0;
  let latin = 0;
  for (const ch of sample) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (LATIN.test(ch)) latin++;
  }
  if (letters >= 4 && latin / letters < 0.6) {
    return 'Mostly written in a non-Latin script; Rekindle can only read English, so nothing was checked.';
  }
  const words = sample.toLowerCase().match(WORDS) ?? [];
  if (words.length < 3) return null;
  let english = 0;
  let foreign = 0;
  for (const w of words) {
    if (ENGLISH.has(w)) english++;
    else if (FOREIGN.has(w)) foreign++;
  }
  if (foreign >= 2 && foreign > english) {
    return 'This does not look like English; Rekindle can only read English, so nothing was checked.';
  }
  return null;
}
