/**
 * `npm run eval:import -- <folder>`: measure the import of database exports against expectations written without
 * the parser. `<folder>` holds acts in the export layout (`<act>/<version date>/{kaz.md,meta.yaml}`) and an
 * `EXPECTED.md` whose fenced ```json block maps each `<act>/<date>` to its expected counts:
 * `{ articles: [{num, heading}], sections, chapters, parts, subparagraphs, repealedArticles: [num], repealedItems,
 *    events: [{target, act, actDate, action}], commencementNotes }` (a target is printed as `4-бап …`).
 * Prints, per act and in total, what was found against what was expected; `--json` prints it as JSON.
 * Without EXPECTED.md it prints what was found.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { decodeText, DEFAULT_MAX_FILE_BYTES, exportDocument, ingestDocument, readActFolder } from '../ingest/index.ts';
import type { IngestedDocument } from '../model/index.ts';
import { parseCommandLine } from './cli.ts';

interface Expected {
  articles: Array<{ num: string; heading: string }>;
  sections: number;
  chapters: number;
  parts: number;
  subparagraphs: number;
  repealedArticles: string[];
  repealedItems: number;
  events: Array<{ target: string; act: string; actDate: string; action: string }>;
  commencementNotes: number;
}

/** One measure: found (right), expected, and for counts the found total. */
interface Measure {
  name: string;
  right: number;
  expected: number;
  found: number;
}

const { values, operands } = parseCommandLine({
  usage: 'npm run eval:import --',
  summary: [
    'Measure the import of database exports against expectations written without the parser: articles, exact',
    'headings, sections, chapters, parts, subparagraphs, amendment events, repealed units, commencement notes; per act',
    'and in total, found against expected. Without EXPECTED.md it prints what was found. Reads no store and no',
    'environment variable.',
  ].join('\n'),
  operands: [{ name: '<folder>', description: 'acts in the export layout (<act>/<version date>/{kaz.md,meta.yaml}), with an EXPECTED.md' }],
  flags: {
    json: { type: 'boolean', description: 'print the measures as JSON' },
    expected: { type: 'string', value: '<file>', description: 'the expectations (default <folder>/EXPECTED.md)' },
  },
  variables: [],
  notes: ['example: npm run eval:import -- ../shared/adilet'],
});
const folder = resolve(operands[0] ?? '.');
const expectedFile = typeof values.expected === 'string' ? values.expected : join(folder, 'EXPECTED.md');
const expectations = await readExpected(expectedFile);

const results: Array<{ act: string; measures: Measure[] }> = [];
for (const act of Object.keys(expectations ?? {}).length ? Object.keys(expectations ?? {}) : await actsIn(folder)) {
  const [name] = act.split('/');
  const versions = await readActFolder(join(folder, name ?? act), DEFAULT_MAX_FILE_BYTES);
  const version = versions.find((v) => v.name === act) ?? versions[versions.length - 1];
  if (!version) continue;
  const document = exportDocument(version);
  const doc = ingestDocument(document, decodeText(version.text.bytes, document.file).text, {
    known: version.meta.causedBy ? [version.meta.causedBy] : [],
  });
  results.push({ act: version.name, measures: measure(doc, expectations?.[version.name] ?? null) });
}

const totals = new Map<string, Measure>();
for (const { measures } of results) {
  for (const m of measures) {
    const t = totals.get(m.name) ?? { name: m.name, right: 0, expected: 0, found: 0 };
    totals.set(m.name, { name: m.name, right: t.right + m.right, expected: t.expected + m.expected, found: t.found + m.found });
  }
}
if (values.json) console.log(JSON.stringify({ acts: results, total: [...totals.values()] }, null, 2));
else {
  for (const { act, measures } of results) console.log([act, ...measures.map(line)].join('\n'));
  console.log(['total', ...[...totals.values()].map(line)].join('\n'));
}

function line(m: Measure): string {
  const share = m.expected === 0 ? (m.found === 0 ? '100 %' : '—') : `${((100 * m.right) / m.expected).toFixed(1)} %`;
  return `  ${m.name.padEnd(26)} ${String(m.right).padStart(5)} / ${String(m.expected).padEnd(5)} ${share.padStart(7)}   (found ${m.found})`;
}

/** Counts are right up to the smaller of found and expected; lists are matched item by item. */
function measure(doc: IngestedDocument, want: Expected | null): Measure[] {
  const of = (type: string) => doc.provisions.filter((p) => p.type === type);
  const articles = of('article');
  const count = (name: string, found: number, expected: number | undefined): Measure => ({
    name,
    found,
    expected: expected ?? found,
    right: Math.min(found, expected ?? found),
  });
  const headings = new Map(articles.map((a) => [a.num, a.heading ?? '']));
  const events = doc.amendments.map((a) => ({
    article: /\/~art_([^_]+)/.exec(a.targetId ?? '')?.[1] ?? null,
    act: doc.acts.find((x) => x.id === a.actId),
    action: a.action,
  }));
  const matched = new Set<number>();
  const eventRight = (want?.events ?? []).filter((e) => {
    const article = /^(\d+(?:-\d+)*)-бап/.exec(e.target)?.[1] ?? null;
    const i = events.findIndex(
      (f, j) => !matched.has(j) && f.article === article && f.act?.number === e.act && f.act?.date === e.actDate && f.action === e.action,
    );
    if (i >= 0) matched.add(i);
    return i >= 0;
  }).length;
  const repealed = articles.filter((a) => a.status === 'repealed').map((a) => a.num ?? '');
  const commencement = doc.editorialNotes.filter(
    (n) => /^Ескерту\./u.test(n.text) && /бастап\s+қолданысқа\s+енгізіледі/u.test(n.text),
  ).length;
  return [
    {
      name: 'articles found',
      found: articles.length,
      expected: want?.articles.length ?? articles.length,
      right: want ? want.articles.filter((a) => headings.has(a.num)).length : articles.length,
    },
    {
      name: 'exact headings',
      found: articles.length,
      expected: want?.articles.length ?? articles.length,
      right: want ? want.articles.filter((a) => headings.get(a.num) === a.heading).length : articles.length,
    },
    count('sections', of('section').length, want?.sections),
    count('chapters', of('chapter').length, want?.chapters),
    count('parts/points', of('part').length, want?.parts),
    count('subparagraphs', of('subparagraph').length, want?.subparagraphs),
    {
      name: 'amendment events',
      found: events.length,
      expected: want?.events.length ?? events.length,
      right: want ? eventRight : events.length,
    },
    {
      name: 'repealed articles marked',
      found: repealed.length,
      expected: want?.repealedArticles.length ?? repealed.length,
      right: want ? want.repealedArticles.filter((n) => repealed.includes(n)).length : repealed.length,
    },
    count(
      'repealed items marked',
      doc.provisions.filter((p) => p.status === 'repealed' && p.type !== 'article').length,
      want?.repealedItems,
    ),
    count('commencement notes', commencement, want?.commencementNotes),
  ];
}

async function readExpected(path: string): Promise<Record<string, Expected> | null> {
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return null;
  const block = /```json\n([\s\S]*?)\n```/.exec(text)?.[1];
  if (!block) throw new Error(`${path}: no \`\`\`json block of expectations`);
  return JSON.parse(block) as Record<string, Expected>;
}

/** `<act>/<date>` of every version folder under `folder`, the newest of each act. */
async function actsIn(dir: string): Promise<string[]> {
  const acts = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  const out: string[] = [];
  for (const act of acts) {
    const versions = await readActFolder(join(dir, act), DEFAULT_MAX_FILE_BYTES).catch(() => []);
    const newest = versions[versions.length - 1];
    if (newest) out.push(newest.name);
  }
  return out;
}
