/**
 * Kazakh function words: left out of the ranking terms (they occur in nearly every provision
 * and would drown the content words), kept in the word sequence used for phrase matching.
 * Values are lowercased, normalized words; meanings in the comments.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'және', // and
  'мен', // and / with (after vowels and sonorants)
  'бен', // and / with (after з, ж)
  'пен', // and / with (after voiceless consonants)
  'немесе', // or
  'не', // or / what
  'әлде', // or (in questions)
  'яғни', // that is
  'осы', // this
  'сол', // that
  'бұл', // this
  'ол', // he, she, it, that
  'олар', // they
  'оның', // his, her, its
  'олардың', // their
  'да', // also (back)
  'де', // also (front)
  'та', // also (after voiceless, back)
  'те', // also (after voiceless, front)
  'ғана', // only
  'тек', // only
  'үшін', // for
  'бойынша', // according to
  'туралы', // about
  'арқылы', // through
  'сияқты', // like
  'сондай', // such
  'сондай-ақ', // as well as (tokenized as сондай + ақ)
  'ақ', // (second half of сондай-ақ)
  'егер', // if
  'ал', // and / but
  'бірақ', // but
  'әрі', // and also
  'мынадай', // the following
  'мыналар', // the following (plural)
  'өзге', // other
  'басқа', // other
  'кейін', // after
  'дейін', // until
  'бері', // since
  'шейін', // until
  'ретінде', // as
  'тиіс', // must
  'болып', // being
  'табылады', // is (copula)
  'болады', // is / may be
  'жоқ', // there is no
  'бар', // there is
  'әрбір', // each
  'барлық', // all
  'кез', // any (кез келген)
  'келген', // (кез келген: any)
  // Question words and particles: an analyst's question (`қашан`, when; `ақысыз ба`, is it free) names no content.
  'қандай', // what kind of
  'қашан', // when
  'қайда', // where
  'қалай', // how
  'қанша', // how many, how much
  'неше', // how many
  'неге', // why
  'неліктен', // why
  'ма', // question particle (back)
  'ме', // question particle (front)
  'ба', // question particle (after voiced, back)
  'бе', // question particle (after voiced, front)
  'па', // question particle (after voiceless, back)
  'пе', // question particle (after voiceless, front)
]);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
