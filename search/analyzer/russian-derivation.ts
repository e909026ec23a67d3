/**
 * Derivational rules for Russian, applied to a Snowball stem: a verbal noun, a participle, the verb itself and an
 * adjective built on a noun meet on one base, as analysts ask with the noun where the act writes the verb
 * (`ограничение` for `ограничивать`, restriction / to restrict) or the noun where it writes the adjective
 * (`молодежь` for `молодежный`, youth / of youth). Snowball strips inflections only, so these stay apart without it.
 * A base keeps at least five letters: shorter ones are where unrelated words meet (`орган`, a body, is no verbal noun
 * of `орг-`); tests/search/derivation.test.ts lists the conflations and the false ones these must not make.
 */
const MIN_BASE = 5;

/**
 * An adjective's suffixes: `молодежн` (молодежный) → `молодеж` (молодежь); after ц, `ион` too: `информацион`
 * (информационный) → `информац` (информация)
 */
const ADJECTIVE = ['ск', 'н'];
const LOAN_ADJECTIVE = /(?<=ц)ион$/u;

/**
 * A verb's theme and aspect suffixes and its verbal noun's, longest first: `ограничива` (ограничивать) and `ограничен`
 * (ограничение) → `огранич`; `заслушиван` (заслушивание) and `заслуша` (заслушать) → `заслуш`.
 */
const VERBAL = ['ыван', 'иван', 'ован', 'еван', 'ыва', 'ива', 'ова', 'ева', 'ан', 'ен', 'ян', 'а', 'я', 'и', 'е'];

/** After a labial, the verb's stem takes an л its other forms lack: `предоставл` (предоставление) → `предостав` */
const EPENTHETIC_L = /(?<=[бвмпф])л$/u;

/** The stem less the first of `suffixes` it ends in that leaves a base of MIN_BASE letters, or the stem itself. */
function strip(stem: string, suffixes: readonly string[]): string {
  const suffix = suffixes.find((s) => stem.endsWith(s) && stem.length - s.length >= MIN_BASE);
  return suffix ? stem.slice(0, -suffix.length) : stem;
}

/**
 * Stems whose look-alike derivation is another word, left whole: `основн` (основной, main; not основание, ground),
 * `способн` (способный, able; not способ, means), `обратн` (обратный, reverse; not обратиться, to apply), `переда`
 * (передать, to transfer; not перед, before)
 */
const UNRELATED: ReadonlySet<string> = new Set(['основн', 'способн', 'обратн', 'переда']);

/** The base a Russian stem's derivations share, or the stem itself. */
export function baseOfRussianDerivation(stem: string): string {
  if (UNRELATED.has(stem)) return stem;
  if (LOAN_ADJECTIVE.test(stem)) return stem.replace(LOAN_ADJECTIVE, '');
  const base = strip(strip(stem, ADJECTIVE), VERBAL);
  return EPENTHETIC_L.test(base) && base.length > MIN_BASE ? base.slice(0, -1) : base;
}
