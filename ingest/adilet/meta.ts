/**
 * `meta.yaml` of a database export (docs/formats-adilet.md): the act's work id, titles and version date, and the
 * amending act that caused the version. Read with the `yaml` library; a missing or malformed key is an IngestError
 * naming the file and the line of the key (or of the mapping that lacks it).
 */
import { LineCounter, parseDocument, isMap, isScalar, type Document as YamlDocument, type Node } from 'yaml';
import { actWorkUri, type Act, type ActKind, type DocumentKind } from '../../model/index.ts';
import { normalizeActNumber } from '../amendments/acts.ts';
import { isoDate } from '../amendments/dates.ts';
import { IngestError } from '../errors.ts';

/** The export's `form` codes and the kind of document they are; others are refused, not guessed. */
const FORMS: Readonly<Record<string, DocumentKind & ActKind>> = {
  КОД: 'code', // кодекс
  ЗАК: 'law', // закон
};

/** The first word(s) of a Russian requisite and the kind of act they name. */
const REQUISITE_KINDS: ReadonlyArray<{ pattern: RegExp; kind: ActKind }> = [
  { pattern: /^Конституционный\s+закон/iu, kind: 'constitutionalLaw' },
  { pattern: /^Закон/iu, kind: 'law' },
  { pattern: /^Кодекс/iu, kind: 'code' },
  { pattern: /^Указ/iu, kind: 'decree' },
  { pattern: /^Постановление/iu, kind: 'resolution' },
];

/** Russian month names in the genitive, as requisites print them (`от 30 декабря 2021 года`). */
const RUSSIAN_MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** `от 30 декабря 2021 года № 97-VII ЗРК`: groups day, month word, year, number. */
const REQUISITE = /от\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})\s+года\s+№\s*(\S+)/u;

export interface AdiletMeta {
  /** The database's document number (`act_code`) */
  actCode: string;
  /** FRBR work URI: `/akn/kz/act/law/2021-12-30/97-VII` */
  workId: string;
  kind: DocumentKind & ActKind;
  /** Latin Roman numerals */
  number: string;
  /** ISO date of adoption */
  date: string;
  titleKk: string;
  titleRu: string | null;
  /** ISO date of this version of the text (the Kazakh one) */
  versionDate: string;
  /** The act whose amendment produced this version; null in a first version that names none */
  causedBy: Act | null;
}

/** Read a meta.yaml text; `file` names it in errors. */
export function readAdiletMeta(text: string, file: string): AdiletMeta {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineText = (line: number) => text.split('\n')[line - 1] ?? '';
  const fail = (reason: string, node?: Node | null): never => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lines.linePos(offset);
    throw new IngestError(reason, { file, line, column: col, lineText: lineText(line) });
  };
  const firstError = doc.errors[0];
  if (firstError) {
    const { line, col } = lines.linePos(firstError.pos[0]);
    throw new IngestError(`not valid YAML: ${firstError.message.split('\n')[0]}`, { file, line, column: col, lineText: lineText(line) });
  }
  if (!isMap(doc.contents)) fail('meta.yaml must be a mapping of keys (act_code, requisite, title, form, …)');
  const read = reader(doc, fail);

  const form = read.string(['form']);
  const kind = FORMS[form];
  if (!kind) fail(`unknown form \`${form}\` (known: ${Object.keys(FORMS).join(', ')})`, doc.getIn(['form'], true) as Node);
  const { number, date: requisiteDate } = read.requisite(['requisite']);
  const approved = read.optionalString(['approved_on']);
  const date = approved ?? requisiteDate;
  if (approved !== null && approved !== requisiteDate) {
    fail(`approved_on ${approved} differs from the requisite's date ${requisiteDate}`, doc.getIn(['approved_on'], true) as Node);
  }
  const versionDate = read.isoDate(['version_date', 'kaz']);
  return {
    actCode: read.string(['act_code']),
    workId: actWorkUri(kind as string, date, number),
    kind: kind as DocumentKind & ActKind,
    number,
    date,
    titleKk: read.string(['title', 'kaz']),
    titleRu: read.optionalString(['title', 'rus']),
    versionDate,
    causedBy: doc.hasIn(['caused_by']) ? causedBy(read) : null,
  };
}

function causedBy(read: Reader): Act {
  const requisite = read.string(['caused_by', 'requisite']);
  const { number, date } = read.requisite(['caused_by', 'requisite']);
  const kind = REQUISITE_KINDS.find((k) => k.pattern.test(requisite))?.kind ?? 'other';
  return {
    id: actWorkUri(kind, date, number),
    kind,
    number,
    date,
    title: read.optionalString(['caused_by', 'title', 'kaz']),
    documentId: null,
  };
}

interface Reader {
  string(path: string[]): string;
  optionalString(path: string[]): string | null;
  isoDate(path: string[]): string;
  requisite(path: string[]): { number: string; date: string };
}

function reader(doc: YamlDocument, fail: (reason: string, node?: Node | null) => never): Reader {
  /** The node at a path, or the deepest mapping on the way, to point the error at. */
  const nearest = (path: string[]): Node | null => {
    for (let n = path.length; n > 0; n -= 1) {
      const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
      if (node) return node;
    }
    return doc.contents as Node | null;
  };
  const optionalString = (path: string[]): string | null => {
    const node = doc.getIn(path, true) as Node | undefined;
    if (node === undefined || (isScalar(node) && node.value === null)) return null;
    // YAML reads `2021-12-30` as a string in its core schema and `'144260'` as a string: both are what we want.
    if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number'))
      fail(`\`${path.join('.')}\` must be a text value`, node);
    const value = String((node as { value: unknown }).value).trim();
    return value === '' ? null : value;
  };
  const string = (path: string[]): string => optionalString(path) ?? fail(`\`${path.join('.')}\` is missing`, nearest(path));
  return {
    string,
    optionalString,
    isoDate(path) {
      const value = string(path);
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      const date = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
      return date ?? fail(`\`${path.join('.')}\` must be a date YYYY-MM-DD, not \`${value}\``, doc.getIn(path, true) as Node);
    },
    requisite(path) {
      const value = string(path);
      const m = REQUISITE.exec(value);
      const month = m ? RUSSIAN_MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1 : 0;
      const date = m && month > 0 ? isoDate(Number(m[3]), month, Number(m[1])) : null;
      if (!m || date === null)
        fail(`\`${path.join('.')}\` must read \`… от D месяца YYYY года № N …\`, not \`${value}\``, doc.getIn(path, true) as Node);
      return { number: normalizeActNumber(m?.[4] ?? ''), date: date as string };
    },
  };
}
