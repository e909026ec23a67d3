/**
 * Bad bytes in a corpus file: empty, binary, damaged UTF-8, other encodings, over the size limit.
 * Each refused file gives an IngestError naming the file and line, and a store written before is
 * left exactly as it was; each converted file reproduces the text exactly, with a warning.
 */
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../ingest/decode.ts';
import { ingestCorpus } from '../../ingest/index.ts';
import { readCorpus } from '../../ingest/manifest.ts';
import { ARTICLE_FILE, CODE_FILE, expectRefusedAndStoreUnchanged, makeCorpus, seedBytes, seedText, storeWithSeeds } from './fixture.ts';

const articleLines = seedText(ARTICLE_FILE).split('\n');
/** The article's Russian abstract (lines 24–38): Russian is what Windows-1251 can encode. */
const RUSSIAN_ABSTRACT = articleLines.slice(23, 38).join('\n');
/** The article's first Kazakh paragraph (lines 5–9). */
const KAZAKH_PASSAGE = articleLines.slice(4, 9).join('\n');

/** Windows-1251 as a table: each byte's character, read off the platform's decoder, inverted. */
const CP1251_BYTE = new Map<string, number>();
for (let b = 0; b < 256; b++) CP1251_BYTE.set(new TextDecoder('windows-1251').decode(Uint8Array.of(b)), b);

/**
 * KZ-1048 (STRK 1048-2002, the Kazakh Windows code page): Windows-1251 with the Kazakh letters in
 * place of Serbian and Macedonian ones.
 */
const KZ1048_KAZAKH: Record<string, number> = {
  Ғ: 0xaa,
  ғ: 0xba,
  Қ: 0x8d,
  қ: 0x9d,
  Һ: 0x8e,
  һ: 0x9e,
  Ұ: 0xa1,
  ұ: 0xa2,
  Ә: 0xa3,
  ә: 0xbc,
  Ө: 0xa5,
  ө: 0xb4,
  Ү: 0xaf,
  ү: 0xbf,
  Ң: 0xbd,
  ң: 0xbe,
};

function encode(text: string, table: (c: string) => number | undefined): Uint8Array {
  return Uint8Array.from(
    [...text].map((c) => {
      const b = table(c);
      if (b === undefined) throw new Error(`cannot encode ${c}`);
      return b;
    }),
  );
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
  if (order === 'le') return le;
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0];
  return le;
}

describe('refused files leave the store unchanged', () => {
  it('refuses an empty file, naming it at line 1', async () => {
    const store = await storeWithSeeds([ARTICLE_FILE]);
    const corpus = makeCorpus([{ like: ARTICLE_FILE, file: 'empty.txt', bytes: new Uint8Array() }]);
    await expectRefusedAndStoreUnchanged(store, corpus, /^empty\.txt:1:1: the file is empty \(0 bytes\)/);
    await store.close();
  });

  it('refuses a file of blanks only as empty', async () => {
    const store = await storeWithSeeds([ARTICLE_FILE]);
    const corpus = makeCorpus([{ like: ARTICLE_FILE, file: 'blank.txt', bytes: Buffer.from(' \n\n \u00A0\n') }]);
    await expectRefusedAndStoreUnchanged(store, corpus, /^blank\.txt:1:1: the file is empty \(it holds only blanks\)/);
    await store.close();
  });

  it('refuses the real text with a NUL byte at the start of line 40 as binary, with a caret there', async () => {
    const store = await storeWithSeeds([ARTICLE_FILE]);
    const lines = [...articleLines];
    lines[39] = `\u0000${lines[39]}`;
    const corpus = makeCorpus([{ like: ARTICLE_FILE, file: 'nul.txt', bytes: Buffer.from(lines.join('\n')) }]);
    const error = await expectRefusedAndStoreUnchanged(
      store,
      corpus,
      /^nul\.txt:40:1: the file holds a NUL byte: it is binary, not text\n 40 \| ␀/,
    );
    expect(error.message.split('\n')[2]).toBe('    | ^');
    await store.close();
  });

  it('refuses the real text with a control character (ESC) in line 12 as binary, at its column', async () => {
    const store = await storeWithSeeds([ARTICLE_FILE]);
    const lines = [...articleLines];
    lines[11] = `${lines[11]?.slice(0, 10)}\u001B${lines[11]?.slice(10)}`;
    const corpus = makeCorpus([{ like: ARTICLE_FILE, file: 'esc.txt', bytes: Buffer.from(lines.join('\n')) }]);
    await expectRefusedAndStoreUnchanged(store, corpus, /^esc\.txt:12:11: the file holds the control character U\+001B/);
    await store.close();
  });

  it('refuses damaged UTF-8 (one byte overwritten inside a Kazakh letter of line 7), naming its line', async () => {
    const store = await storeWithSeeds([ARTICLE_FILE]);
    const bytes = Buffer.from(seedBytes(ARTICLE_FILE));
    const line7 = articleLines.slice(0, 6).reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
    bytes[line7 + 1] = 0x41; // the second byte of line 7's first letter `ж` (D0 B6) becomes `A`
    const corpus = makeCorpus([{ like: ARTICLE_FILE, file: 'damaged.txt', bytes }]);
    await expectRefusedAndStoreUnchanged(store, corpus, /^damaged\.txt:7:1: the file is not valid UTF-8: byte 0xD0 breaks a character/);
    await store.close();
  });

  it('refuses a Kazakh passage in KZ-1048 instead of reading it as Windows-1251, naming the first Kazakh letter', async () => {
    const store = await storeWithSeeds([ARTICLE_FILE]);
    const bytes = encode(KAZAKH_PASSAGE, (c) => KZ1048_KAZAKH[c] ?? CP1251_BYTE.get(c));
    const corpus = makeCorpus([{ like: ARTICLE_FILE, file: 'kz1048.txt', bytes }]);
    // `Мақала`: қ, the third letter, is Ќ in Windows-1251
    await expectRefusedAndStoreUnchanged(
      store,
      corpus,
      /^kz1048\.txt:1:3: the file is not UTF-8, and read as Windows-1251 it would hold `ќ`, a letter foreign to Kazakh and Russian/,
    );
    await store.close();
  });

  it('refuses a file over the size limit before reading it, naming the limit and its variable', async () => {
    const store = await storeWithSeeds([ARTICLE_FILE]);
    const corpus = makeCorpus([
      { like: ARTICLE_FILE, file: ARTICLE_FILE, bytes: Buffer.concat([seedBytes(ARTICLE_FILE), Buffer.from('\n')]) },
    ]);
    const size = seedBytes(ARTICLE_FILE).length + 1;
    await expectRefusedAndStoreUnchanged(
      store,
      corpus,
      new RegExp(
        `^${ARTICLE_FILE}:1:1: the file is ${size} bytes, over the limit of ${size - 1} bytes \\(set ZANGRAPH_MAX_FILE_BYTES to raise it\\)`,
      ),
      { maxFileBytes: size - 1 },
    );
    await expect(readCorpus(corpus, { maxFileBytes: size })).resolves.toHaveLength(1);
    await store.close();
  });
});

describe('converted encodings', () => {
  it('reads the Russian abstract in Windows-1251 back to the very same text, with an encoding warning', async () => {
    const corpus = makeCorpus([
      { like: ARTICLE_FILE, file: 'abstract-cp1251.txt', bytes: encode(RUSSIAN_ABSTRACT, (c) => CP1251_BYTE.get(c)) },
    ]);
    const [text] = await readCorpus(corpus);
    expect(text?.raw).toBe(RUSSIAN_ABSTRACT);
    expect(text?.diagnostics).toEqual([
      {
        reason: 'the file is Windows-1251, not UTF-8: converted (store the corpus as UTF-8)',
        file: 'abstract-cp1251.txt',
        line: 1,
        rule: 'encoding',
        fatal: false,
      },
    ]);
    const [doc] = (await ingestCorpus(corpus)).documents;
    expect(doc?.diagnostics[0]).toMatchObject({ rule: 'encoding', file: 'abstract-cp1251.txt' });
    expect(doc?.provisions.map((p) => p.text).join(' ')).toContain('Статья посвящена актуальной проблеме');
  });

  it.each([
    ['UTF-16LE with a BOM', 'le', true, 'UTF-16LE'],
    ['UTF-16BE without a BOM (told by its NUL bytes)', 'be', false, 'UTF-16BE'],
    ['UTF-16LE without a BOM', 'le', false, 'UTF-16LE'],
  ] as const)('reads the whole code in %s back to the very same text, with a warning', (_, order, bom, name) => {
    const code = seedText(CODE_FILE);
    const decoded = decodeText(utf16(code, order, bom), CODE_FILE);
    expect(decoded.text).toBe(`${bom ? '\uFEFF' : ''}${code}`);
    expect(decoded.diagnostics).toEqual([
      expect.objectContaining({
        rule: 'encoding',
        line: 1,
        reason: `the file is ${name}, not UTF-8: converted (store the corpus as UTF-8)`,
      }),
    ]);
  });

  it('refuses UTF-16 with an odd number of bytes as truncated', () => {
    const bytes = utf16(KAZAKH_PASSAGE, 'le', true);
    expect(() => decodeText(bytes.subarray(0, bytes.length - 1), 'odd.txt')).toThrow(
      /^odd\.txt:1:1: the file looks like UTF-16LE but has an odd number of bytes/,
    );
  });

  it('keeps the whole characters of a UTF-8 file cut inside its last letter, with a truncation warning at the last line', () => {
    // cut inside `ү` (D2 AF) of `Бүгінгі`, the first word of line 11
    const kept = `${articleLines.slice(0, 10).join('\n')}\nБ`;
    const decoded = decodeText(seedBytes(ARTICLE_FILE).subarray(0, Buffer.byteLength(kept) + 1), 'cut.txt');
    expect(articleLines[10]?.startsWith('Бүгінгі')).toBe(true);
    expect(decoded.text).toBe(kept);
    expect(decoded.diagnostics).toEqual([expect.objectContaining({ rule: 'truncated', file: 'cut.txt', line: 11, fatal: false })]);
  });
});
