/**
 * Defined terms in legal text. A code or law defines its terms in one article (Kazakh `… негізгі
 * ұғымдар` — "basic notions"; Russian `основные понятия`), one subparagraph per term, written
 * `term – definition`; elsewhere a sentence defines with `term дегеніміз – definition` ("by term is
 * meant") or `definition term деп түсініледі` / `деп танылады` ("is understood as / recognised as
 * term"), Russian `под term понимается …` ("by term is understood …"), `Term является …` ("Term is …") or the term put first
 * in the instrumental, `Термином признается …` ("is recognised as term: …"), and any
 * text may introduce a short form for what it names, `(бұдан әрі – short form)` / `(далее – short form)`
 * ("hereinafter: …"), which the rest of the act uses in its place (an act without a definitions article names its
 * institutions so). Shared by the ingest, which makes the terms data, and the search, which ranks a definition
 * first for a query naming its term.
 */

/**
 * The heading of a definitions article: `… негізгі ұғымдар` / `Основные понятия, …` ("basic notions") as most acts
 * have it, and its other wordings: `Осы Заңда пайдаланылатын ұғымдар` / `Понятия, используемые в настоящем Законе`
 * ("notions used in this Law", without "basic"), `негізгі терминдер` / `основные термины` ("basic terms"),
 * `терминдер мен анықтамалар` / `термины и определения` ("terms and definitions").
 */
export const DEFINITIONS_HEADING =
  /(?:негізгі|пайдаланылатын|қолданылатын)\s+ұғымдар|основные\s+понятия|понятия,?\s+используемые|негізгі\s+терминдер|основные\s+термины|терминдер\s+мен\s+анықтамалар|термины\s+и\s+определения/iu;

/**
 * The units of a definitions article that define, one term each: most acts number them `1)` (subparagraphs, тармақша),
 * some `1.` (parts, тармақ) or not at all (paragraphs, абзац). The article's opening sentence defines nothing: it has
 * no `term – …`.
 */
export const DEFINING_UNITS: ReadonlySet<string> = new Set(['subparagraph', 'part', 'paragraph']);

// A term is a short noun phrase: at most 12 words before the dash, no sentence punctuation inside; a short
// form it introduces, `(бұдан әрі - мониторинг)`, Russian `(далее – мониторинг)` ("hereinafter: …"), stands between
// the term and the dash, and a Russian term with a participle clause ends in a comma (`фильмы, произведенные в …, –`).
// Groups: 1 the term, 2 its short form.
const TERM_THEN_DASH =
  /^\s*([^\s.;:,–—-][^.;:–—]{1,150}?),?\s+(?:\((?:бұдан әрі|далее)\s*[-–—]\s*([^)]*)\)\s*)?(?:дегеніміз\s*)?[-–—]\s+\S/u;
const TERM_BEFORE_DEGENIMIZ = /^\s*([^.;:–—]{2,150}?)\s+дегеніміз(?!\p{L})/iu;
const MAX_TERM_WORDS = 12;
/**
 * An exception clause around a term is no part of it: Kazakh puts it first (`мемлекет жүз пайыз қатысатын
 * тұлғаларды қоспағанда, … блог-платформасы`, "excluding entities the state owns outright, the blog platform of …"),
 * Russian after (`блог-платформа …, за исключением лиц …`, "except entities …").
 */
const LEADING_EXCEPTION = /^.*\sқоспағанда,\s*/u;
const TRAILING_EXCEPTION = /,\s*(?:за\s+исключением|кроме)\s.*$/u;
/**
 * A note standing where a unit's text is to come (`7-2) алғашқы ресми жарияланған күнінен бастап қолданысқа
 * енгізіледі - ҚР … Заңымен;`, "comes into force from the day of its first official publication, by the Law …"): the
 * export prints it in place of a definition not yet in force, so it defines nothing.
 */
const COMMENCEMENT_NOTE = /қолданысқа\s+енгізіледі|вводится\s+в\s+действие/u;

/**
 * The term a definition defines: `әкімшілік акт - мемлекеттік органның …` → `әкімшілік акт`; null
 * when the text does not open with `term – …` or `term дегеніміз …`, or is a commencement note.
 */
export function definedTermOf(text: string): string | null {
  const printed = (TERM_THEN_DASH.exec(text) ?? TERM_BEFORE_DEGENIMIZ.exec(text))?.[1]?.trim();
  if (!printed || COMMENCEMENT_NOTE.test(printed)) return null;
  const term = printed.replace(LEADING_EXCEPTION, '').replace(TRAILING_EXCEPTION, '');
  if (term.split(/\s+/u).length > MAX_TERM_WORDS) return null;
  return term;
}

/**
 * The short form a definition introduces for its term, which the rest of the act uses (`бейбітшілік пен
 * қауіпсіздікті қолдау жөніндегі операция (миссия) (бұдан әрі – бітімгершілік операция) – …`, "an operation to
 * maintain peace and security (mission) (hereinafter: peacekeeping operation)" → `бітімгершілік операция`); null
 * when it introduces none.
 */
export function shortFormOf(text: string): string | null {
  if (definedTermOf(text) === null) return null;
  return TERM_THEN_DASH.exec(text)?.[2]?.trim() || null;
}

/**
 * Russian `под term понимается …` / `понимаются` ("by term is understood"), the term in the instrumental case as
 * printed (`под компетенцией государственного органа понимается`): the analyzers' stems meet its nominative.
 */
const UNDER_TERM_IS_MEANT = /(?<!\p{L})[Пп]од\s+((?:[\p{L}-]+\s+){0,5}?[\p{L}-]+)\s+понима(?:ется|ются)(?!\p{L})/gu;
/**
 * Russian `Term является …` opening a sentence ("Term is …", `Государственный центр поддержки национального кино
 * является некоммерческой организацией`): a capitalized subject of at most six words, and after `является` a word in
 * the instrumental case, as the predicate noun is (`полнометражным`, `организацией`, `лицом`).
 */
const TERM_IS = /(?:^|(?<=[.;:]\s))(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,5})\s+является\s+[\p{L}-]+(?:ым|им|ой|ей|ом|ем|ью)(?!\p{L})/gu;
/**
 * What opens such a sentence but is no subject: a negation (`Неявка … не является препятствием`, "failure to appear is
 * no obstacle"), or a first word in the instrumental, the term put first, which TERM_FIRST_IS reads.
 */
const NOT_A_SUBJECT = /(?:^|\s)[Нн]е$|^\p{L}+(?:ом|ем|ой|ей|ью|ами|ями)(?!\p{L})/u;
/**
 * Russian `Term является / признается / считается …` with the term put first, in the instrumental, opening a sentence
 * ("Term is / is recognised as / is deemed …"): `Политической партией признается добровольное объединение граждан`
 * (the political parties law, 1: a political party is a voluntary association of citizens), `Фильмом для семейного
 * просмотра является игровой фильм …` (the cinema law: a film for family viewing is a feature film …). At most six words
 * before the verb; the plural `являются` lists (`Задачами … являются`, "the tasks of … are") and is left out.
 */
const TERM_FIRST_IS =
  /(?:^|(?<=[.;:]\s))(\p{Lu}\p{L}*(?:ой|ей|ым|им|ом|ем|ью)(?:\s+[\p{L}-]+){0,5}?)\s+(?:является|признается|признаются|считается|считаются)(?!\p{L})/gu;
/**
 * What such a sentence puts first without naming a term: what an act or activity is for or rests on (`Целью …
 * является`, its aim; `Задачей`, task; `Предметом`, subject; `Принципом`, principle; `Основной целью`, main aim;
 * `Основанием`, ground; `Долгом`, duty), or a pronoun (`Таким`, such).
 */
const NOT_A_TERM = /^(?:Цел|Задач|Предмет|Принцип|Основ|Долг|Таким|Этим|Тем\s)/u;

// `… term деп түсініледі` (is understood as term), `… term деп танылады` (is recognised as term)
const TERM_BEFORE_DEP = /(?:^|[\s(])((?:[\p{L}-]+\s+){1,5})деп\s+(?:түсініледі|танылады)/gu;
/** A word in the genitive (`органның`): it belongs to the term it precedes */
const GENITIVE = /(?:ның|нің|дың|дің|тың|тің)$/u;
/** An adjective in `-тік/-лік/-дық…` (`мемлекеттік`): it belongs to the noun after it */
const ADJECTIVE = /(?:тік|лік|дік|тық|лық|дық)$/u;
/** A participle (`қарайтын`): its object stands before it (`шағымды қарайтын орган`) */
const PARTICIPLE = /(?:атын|етін|йтын|йтін)$/u;
/**
 * A predicate, not a term: `… кінәлі деп танылады` (is found guilty), `… қасақана жасалған деп танылады`
 * (is deemed committed intentionally) end in an adjective or a past participle.
 */
const PREDICATE = /(?:ған|ген|қан|кен|лі|лы)$/u;

/**
 * The term a `деп түсініледі` sentence names: the noun phrase right before `деп`, read from its head
 * noun leftwards — two words, then a genitive before them with its adjective, or a participle's object
 * (`… мемлекеттік органның құзыреті деп түсініледі` → `мемлекеттік органның құзыреті`).
 */
function termBeforeDep(words: readonly string[]): string {
  let start = Math.max(0, words.length - 2);
  const at = (i: number): string => (words[i] ?? '').toLocaleLowerCase('kk');
  if (start > 0 && PARTICIPLE.test(at(start))) start--;
  if (start > 0 && GENITIVE.test(at(start - 1))) {
    start--;
    if (start > 0 && ADJECTIVE.test(at(start - 1))) start--;
  } else if (start > 0 && GENITIVE.test(at(start))) {
    if (ADJECTIVE.test(at(start - 1))) start--;
  }
  return words.slice(start).join(' ');
}

/**
 * Every term a text defines in a sentence anywhere in it: `term дегеніміз – …` opening a sentence,
 * `… term деп түсініледі` closing one. In the order they stand; none for a text that only uses terms.
 */
export function termsDefinedInSentences(text: string): string[] {
  const found: Array<{ at: number; term: string }> = [];
  for (const match of text.matchAll(UNDER_TERM_IS_MEANT)) found.push({ at: match.index, term: match[1] ?? '' });
  for (const match of text.matchAll(TERM_IS)) {
    const term = match[1] ?? '';
    if (!NOT_A_SUBJECT.test(term)) found.push({ at: match.index, term });
  }
  for (const match of text.matchAll(TERM_FIRST_IS)) {
    const term = match[1] ?? '';
    if (!NOT_A_TERM.test(term)) found.push({ at: match.index, term });
  }
  let offset = 0;
  for (const sentence of text.split(/(?<=[.;!?])\s+/u)) {
    const term = TERM_BEFORE_DEGENIMIZ.exec(sentence)?.[1]?.trim();
    if (term && term.split(/\s+/u).length <= MAX_TERM_WORDS) found.push({ at: offset, term });
    offset += sentence.length + 1;
  }
  for (const match of text.matchAll(TERM_BEFORE_DEP)) {
    const words = (match[1] ?? '').trim().split(/\s+/u);
    if (PREDICATE.test(words.at(-1) ?? '')) continue;
    found.push({ at: match.index, term: termBeforeDep(words) });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.term);
}

/**
 * A short form introduced for what the text names: `(бұдан әрі – Уәкіл)`, `(бұдан әрі осы бапта – заңды тұлға)`
 * ("hereinafter [in this article]: …"), Russian `(далее – Уполномоченный)`, `(далее в настоящей статье – …)`. The
 * introduction is where an act that has no definitions article says what the short form stands for.
 * Group 1: the short form.
 */
const SHORT_FORM = /\((?:бұдан\s+әрі|далее)(?:\s+[^()–—-]{1,40}?)?\s*[-–—]\s*([^()]{1,80}?)\s*\)/gu;
const MAX_SHORT_FORM_WORDS = 6;

/** Every short form a text introduces, in the order they stand; none for a text that introduces none. */
export function shortFormsIntroduced(text: string): string[] {
  return [...text.matchAll(SHORT_FORM)]
    .map((m) => (m[1] ?? '').trim())
    .filter((form) => form !== '' && form.split(/\s+/u).length <= MAX_SHORT_FORM_WORDS);
}

/**
 * The terms a unit's text defines, in one order for both languages, so a unit's terms in its Kazakh and its Russian
 * text pair up by position: `defined`, a unit of a definitions article its term (definedTermOf), any other text the
 * terms its sentences define (termsDefinedInSentences); `shortForms`, the short forms it introduces.
 */
export function termsOfUnit(text: string, inDefinitionsArticle: boolean): { defined: string[]; shortForms: string[] } {
  if (!inDefinitionsArticle) return { defined: termsDefinedInSentences(text), shortForms: shortFormsIntroduced(text) };
  const term = definedTermOf(text);
  const shortForm = shortFormOf(text);
  return { defined: term === null ? [] : [term], shortForms: shortForm === null ? [] : [shortForm] };
}
