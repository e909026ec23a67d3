/**
 * Header notes: editorial "see" notes about whole acts (`… Заңын қараңыз`, "see the Law …")
 * become DocumentRelations; a dated amendment of the header (`… Кодекстің мазмұны алып тасталды`)
 * becomes an Amendment like any other note.
 */
import { type ActKind, type DocumentRelationType, cleanNum, relationId } from '../../model/index.ts';
import type { HeaderNote } from '../stages.ts';
import { actOf, kindOfWord, normalizeActNumber } from './acts.ts';
import { isoDate, monthOfWord, parseDottedDate } from './dates.ts';
import type { Collector } from './events.ts';
import { CLAUSE_HEAD } from './grammar.ts';

/** Act words in the accusative before `қараңыз` ("see"), and the kind of act. */
const SEE_ACTS: ReadonlyArray<{ word: string; kind: ActKind }> = [
  { word: 'Конституциялық Заңын', kind: 'constitutionalLaw' }, // the Constitutional Law
  { word: 'Заңын', kind: 'law' }, // the Law
  { word: 'Жарлығын', kind: 'decree' }, // the Decree
  { word: 'қаулысын', kind: 'resolution' }, // the Resolution
  { word: 'өкімін', kind: 'order' }, // the Order (of the Prime Minister)
];
const seeWords = SEE_ACTS.map((a) => a.word.replace(/ /g, '\\s+')).join('|');

/** `2025.17.12. № 241-VIII ҚР Заңын қараңыз`: groups date, number, act word. */
const SEE_DOTTED = new RegExp(`(\\d{4}\\.\\d{2}\\.\\d{2}\\.?)\\s*№\\s*(\\S+)\\s+(?:ҚР\\s+)?(${seeWords})\\s+қараңыз`, 'iu');
/** `2020 жылғы 24 қыркүйектегі № 128-ө өкімін қараңыз` ("of 24 September 2020"): groups year, day, month word, number, act word. */
const SEE_WORDS = new RegExp(`(\\d{4})\\s+жылғы\\s+(\\d{1,2})\\s+(\\p{L}+)\\s+№\\s*(\\S+)\\s+(${seeWords})\\s+қараңыз`, 'iu');
/** `іске асыру` = "implementation": the act implements this document. */
const IMPLEMENTS = /іске\s+асыру/iu;

function addSee(out: Collector, note: HeaderNote): boolean {
  const { text, source } = note.note;
  let kind: ActKind;
  let number: string;
  let date: string | null;
  let type: DocumentRelationType;
  const dotted = SEE_DOTTED.exec(text);
  const worded = dotted ? null : SEE_WORDS.exec(text);
  if (dotted) {
    kind = kindOfWord(SEE_ACTS, dotted[3] ?? '');
    number = normalizeActNumber(dotted[2] ?? '');
    date = parseDottedDate(dotted[1] ?? '');
    // A dated act listed in the header, not yet merged into the consolidated text: a pending amendment.
    type = IMPLEMENTS.test(text) ? 'implementedBy' : 'pendingAmendment';
  } else if (worded) {
    kind = kindOfWord(SEE_ACTS, worded[5] ?? '');
    number = normalizeActNumber(worded[4] ?? '');
    const month = monthOfWord(worded[3] ?? '');
    date = month === null ? null : isoDate(Number(worded[1]), month, Number(worded[2]));
    type = IMPLEMENTS.test(text) ? 'implementedBy' : 'see';
  } else {
    return false;
  }
  if (date === null) {
    out.warn(source.file, source.startLine, 'header-note', `cannot read the date of the act in \`${text}\``);
    return true;
  }
  const act = out.acts.add(actOf(kind, number, date));
  out.relations.push({
    id: out.uniqueId(relationId(note.documentId, type, `${kind}_${date}_${cleanNum(number)}`)),
    documentId: note.documentId,
    type,
    actId: act.id,
    raw: text,
    source,
  });
  return true;
}

export function addHeaderNote(out: Collector, note: HeaderNote): void {
  if (addSee(out, note)) return;
  if (note.note.text.search(CLAUSE_HEAD) >= 0) {
    const nowhere = { section: null, chapter: null, article: null, part: null, subparagraph: null };
    out.addNote({ ...note, place: nowhere, next: null, replaces: null });
    return;
  }
  const { source, text } = note.note;
  out.warn(source.file, source.startLine, 'header-note', `header note not understood: \`${text}\``);
}
