/**
 * A light Kazakh stemmer: strips one chain of inflectional endings
 * (derivational -лық? + plural? + possessive? + case?) from the end of a lowercased word,
 * choosing the longest chain that respects vowel harmony and leaves a plausible stem, then
 * undoes the voicing alternations that the endings caused (бабы → баб → бап, құқығы → құқық).
 *
 * It is deliberately light: verbs keep their tense and voice endings (only the verbal noun -у
 * behaves as a noun), and no dictionary is consulted. Tests measure how often it joins forms
 * of one word and how often it joins different words (tests/search/stem.test.ts).
 */

import { baseOfDerivedLoan } from './derivation.ts';
import { cachedStemmer } from './stem-cache.ts';

type Harmony = 'back' | 'front';

/** Vowels that decide harmony: back а о ұ ы, front ә ө ү і е (и, у, ю, я are neutral in loanwords). */
const BACK_VOWELS = 'аоұы';
const FRONT_VOWELS = 'әөүіе';
const VOWELS = 'аоұыәөүіеиуюяэё';

/**
 * Endings written with their back vowel; the front twin is derived (а→е, ы→і, ұ→ү, қ→к, ғ→г).
 * Each list holds the allomorphs after vowels, sonorants and voiceless consonants; the stem
 * checks below keep the overlap harmless.
 */
const DERIVATIONAL = ['лық', 'дық', 'тық']; // -лық: abstract noun / adjective (құқық → құқықтық)
const PLURAL = ['лар', 'дар', 'тар']; // plural
/** Third-person possessive (its), after a consonant / after a vowel, and first-person plural (our). */
const POSSESSIVE_3 = ['ы', 'сы'];
const POSSESSIVE_OTHER = ['ымыз', 'мыз'];
/** Case endings after a bare stem or a plural. */
const CASE = [
  'ның',
  'дың',
  'тың', // genitive (of)
  'ны',
  'ды',
  'ты', // accusative
  'ға',
  'қа', // dative (to)
  'да',
  'та', // locative (in)
  'дан',
  'тан',
  'нан', // ablative (from)
  'мен',
  'бен',
  'пен', // instrumental (with)
  'дағы',
  'тағы', // locative adjective (which is in)
];
/** Case endings after a third-person possessive: the possessive's vowel takes an -н- (бабы-н-да). */
const CASE_AFTER_POSSESSIVE = ['ның', 'н', 'на', 'нда', 'нан', 'мен', 'ндағы'];

const FRONT_TWIN: Record<string, string> = { а: 'е', ы: 'і', ұ: 'ү', қ: 'к', ғ: 'г', о: 'ө' };
const front = (ending: string): string => [...ending].map((ch) => FRONT_TWIN[ch] ?? ch).join('');

/** Voiced stem-final consonants the endings produce, and the dictionary form they alternate with. */
const DEVOICE: Record<string, string> = { б: 'п', г: 'к', ғ: 'қ' };

/** -лық before a vowel voices its қ (құқықтылығы): join two pieces of a chain with that alternation. */
const joinPieces = (left: string, right: string): string =>
  left.endsWith('қ') && /^[аоұы]/.test(right) ? `${left.slice(0, -1)}ғ${right}` : left + right;

/**
 * Every chain derivational? + plural? + possessive? + case?, in both harmonies, by its ending;
 * null harmony for an ending that is the same in both (the instrumental мен/бен/пен does not vary).
 */
function buildChains(): Map<string, Harmony | null> {
  const backChains = new Set<string>();
  const optional = (xs: string[]) => ['', ...xs];
  for (const d of optional(DERIVATIONAL))
    for (const p of optional(PLURAL)) {
      const head = d + p;
      for (const c of optional(CASE)) backChains.add(joinPieces(head, c));
      for (const poss of POSSESSIVE_3) for (const c of optional(CASE_AFTER_POSSESSIVE)) backChains.add(joinPieces(head, poss + c));
      for (const poss of POSSESSIVE_OTHER) for (const c of optional(CASE)) backChains.add(joinPieces(head, poss + c));
    }
  backChains.delete('');
  const chains = new Map<string, Harmony | null>();
  for (const ending of backChains) {
    const frontEnding = front(ending);
    chains.set(ending, frontEnding === ending ? null : 'back');
    if (frontEnding !== ending) chains.set(frontEnding, 'front');
  }
  return chains;
}

/** Chains by their ending, so stemming tries one lookup per suffix length, longest first. */
const CHAINS: ReadonlyMap<string, Harmony | null> = buildChains();
const LONGEST = Math.max(...[...CHAINS.keys()].map((e) => e.length));

/** Harmony of a stem: that of its last harmony-deciding vowel, or null when it has none (loans with и/у only). */
function harmonyOf(stem: string): Harmony | null {
  for (let i = stem.length - 1; i >= 0; i--) {
    const ch = stem[i] ?? '';
    if (BACK_VOWELS.includes(ch)) return 'back';
    if (FRONT_VOWELS.includes(ch)) return 'front';
  }
  return null;
}

const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.includes(ch);

/** Whether a stem ends in a vowel sound: у and и after a vowel are the glide [w]/[j], which endings treat as a consonant (тарау-дың, тарау-ы). */
const endsInVowel = (stem: string): boolean => {
  const last = stem[stem.length - 1];
  return isVowel(last) && !('уи'.includes(last ?? '') && isVowel(stem[stem.length - 2]));
};

const VOICELESS = 'пкқтсшфхцчщ';
/** Sonorants, after which endings take л-/д-/м- forms (заң-дар, жер-лер, адам-дар, заң-мен). */
const SONORANTS = 'лрйумнң';

/**
 * Whether an ending's first consonant can follow the stem's last letter, by Kazakh assimilation:
 * т-/қ-/к-/п- forms follow voiceless consonants (сот-тың, сот-қа, бап-пен), д-/ғ-/г-/б- forms
 * voiced ones and sonorants (заң-дың), л- forms vowels and й/р/у (жүйе-лер), н-/с- forms vowels
 * (жүйе-нің, жүйе-сі), with ның/нан also after м/н/ң. Dative ға/ге and locative да/дан also follow vowels.
 */
function assimilates(stem: string, ending: string): boolean {
  const last = stem[stem.length - 1] ?? '';
  const first = ending[0] ?? '';
  const afterVowel = endsInVowel(stem);
  // Loans in -ив are said with a final [ф]: they take т-/қ-/к- forms (объективтік, прогрессивті).
  if ('тқкп'.includes(first)) return VOICELESS.includes(last) || stem.endsWith('ив');
  if ('дғгб'.includes(first)) {
    const vowelAllowed = /^(ға|ге|да|де|дан|ден|дағы|дегі)/.test(ending);
    return (afterVowel && vowelAllowed) || (!afterVowel && !VOICELESS.includes(last));
  }
  if (first === 'л') return afterVowel || 'йру'.includes(last);
  if (first === 'м') return afterVowel || SONORANTS.includes(last) || 'зж'.includes(last);
  if (first === 'с') return afterVowel;
  if (first === 'н') return afterVowel || (/^(ның|нің|нан|нен)/.test(ending) && 'мнң'.includes(last));
  return true;
}

/**
 * Nouns ending in н, and participles (-ған, -атын), whose possessive form (органы) reads like
 * the accusative of a vowel-final word (орга-ны): for these the possessive parse wins.
 */
const N_FINAL_NOUNS = new Set([
  'орган',
  'нысан',
  'зиян',
  'мән',
  'сан',
  'пән',
  'күн',
  'буын',
  'карантин',
  'мекен',
  'заман',
  'жан',
  'тән',
  'сын',
  'айын',
]); // body, form, harm, meaning, number, subject, day, link, quarantine, abode, era, soul, body, critique
const PARTICIPLE = /(ған|ген|қан|кен|атын|етін|йтын|йтін|итын|итін)$/;

function possessiveReading(stem: string, ending: string): boolean {
  if (ending !== 'ны' && ending !== 'ні') return false;
  const nFinal = `${stem}н`;
  return N_FINAL_NOUNS.has(nFinal) || PARTICIPLE.test(nFinal);
}

/**
 * A stem is plausible when it keeps a vowel and at least two letters, and when an ending that
 * starts with a vowel follows a consonant (after a vowel the possessive is -сы, not -ы).
 * Chains of one letter (-ы) need a three-letter stem, so short native words ending in ы/і stay whole.
 */
function plausible(stem: string, ending: string): boolean {
  if (stem.length < 2 || ![...stem].some((ch) => isVowel(ch))) return false;
  if (isVowel(ending[0]) && endsInVowel(stem)) return false;
  if (ending.length === 1 && stem.length < 3) return false;
  if (/^[ыі]/.test(ending)) {
    // -шы/-ші makes agents (басшы, әкімші, қатысушы) and -ғы/-кі adjectives (ішкі, соңғы): their vowel is no
    // possessive. A noun ending in ш after a vowel (өтініш, күш) does take one: өтініші, күшін.
    if (/(^|[^аоұыәөүіеиюяэё])ш$/.test(stem)) return false;
    if (/[^аоұыәөүіеиуюяэё][ғгқк]$/.test(stem)) return false;
  }
  // -лық needs a real word before it: халық, салық, мүлік are not х-, с-, м- + -лық; and some words in -лық are
  // words of their own, not their base's abstract noun
  if (/^[лдт][ыі][қкғг]/.test(ending) && (stem.length < 3 || LEXICAL_LYQ_BASES.has(stem))) return false;
  return true;
}

/** The dictionary-like form of a stripped stem: voiced final consonant devoiced; the epenthetic і/ы of loans (акті → акт) dropped. */
function tidy(stem: string): string {
  let s = stem;
  if (/(кт|нт|пт)[ыі]$/.test(s)) s = s.slice(0, -1);
  const last = s[s.length - 1] ?? '';
  const devoiced = DEVOICE[last];
  return devoiced ? s.slice(0, -1) + devoiced : s;
}

/**
 * Bases whose -лық noun is a word of its own: куәлік (a certificate) is no abstract noun of куә (a witness), nor
 * жеңілдік (a benefit, a privilege) of жеңіл (light): both stay whole, inflected as nouns.
 */
const LEXICAL_LYQ_BASES: ReadonlySet<string> = new Set(['куә', 'жеңіл']);

/** Words whose last letters look like an ending but are part of the word (Қазақс-тан is not "from Қазақс"). */
const UNINFLECTED = new Set([
  'қазақстан', // Kazakhstan
  'тұлға', // person (not тұл + dative)
  'оқиға', // event
  'пайда', // benefit
  'сауда', // trade
  'алға', // forward
  'мүдде', // interest (not мүд + locative)
]);

const stemmed = cachedStemmer((word) => baseOfDerivedLoan(stripEndings(word)));

/** Stem one lowercased, normalized word. Numbers and words of other scripts come back unchanged. */
export function stemWord(word: string): string {
  return stemmed(word);
}

function stripEndings(word: string): string {
  if (!/^[\u0400-\u04FF]+$/.test(word) || UNINFLECTED.has(word)) return word;
  for (let length = Math.min(LONGEST, word.length - 1); length >= 1; length--) {
    const ending = word.slice(-length);
    const chainHarmony = CHAINS.get(ending);
    if (chainHarmony === undefined) continue;
    const stem = word.slice(0, -length);
    const harmony = harmonyOf(stem);
    // Loans ending in ә (куә: witness) take back endings as often as front ones (куәлар, куәнің), and
    // loans in -я (апелляция, партия) back ones whatever vowel comes before (апелляциялық, апелляцияға).
    const harmonyFree = harmony === null || chainHarmony === null || stem.endsWith('ә') || stem.endsWith('я');
    if (!harmonyFree && harmony !== chainHarmony) continue;
    if (!plausible(stem, ending) || !assimilates(stem, ending) || possessiveReading(stem, ending)) continue;
    return tidy(stem);
  }
  return tidy(word);
}
