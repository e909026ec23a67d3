/**
 * Decode: a corpus file's bytes → its text, or an IngestError; never mojibake.
 *
 * The corpus is UTF-8 (a BOM is allowed and kept, normalizeLines skips it). Two other encodings
 * are recognised and converted with a warning, because their detection is reliable:
 * - UTF-16 LE/BE, by its BOM or, without one, by NUL bytes standing at one parity only (the
 *   high byte of ASCII characters: blanks, digits and punctuation are common in any text);
 * - Windows-1251, when the bytes are not UTF-8 and every byte above 0x7F reads as a Russian or
 *   Kazakh Cyrillic letter or common typography in that code page. A Kazakh 8-bit code page
 *   (KZ-1048 puts ә, ғ, қ … where Windows-1251 has Љ, Њ, Ќ …) is refused, not guessed.
 * Refused: an empty or blank file, binary content (NUL or other control characters), invalid
 * UTF-8 that is no recognisable code page. Each error names the file, line and column.
 */
import type { Diagnostic } from '../model/index.ts';
import { IngestError } from './errors.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export interface DecodedText {
  /** The text; a leading BOM is kept as U+FEFF so offsets count it as the raw file does */
  text: string;
  encoding: TextEncoding;
  /** A warning when the file was not UTF-8 and was converted, or ended inside a character */
  diagnostics: Diagnostic[];
}

/** Files larger than this are refused unless the configuration (`ZANGRAPH_MAX_FILE_BYTES`, scripts/config.ts) says otherwise (the largest seed is 0.9 MB). */
export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
export const MAX_FILE_BYTES_VARIABLE = 'ZANGRAPH_MAX_FILE_BYTES';

/** How many leading bytes the UTF-16 detector looks at. */
const SAMPLE_BYTES = 4096;
/** Share of 2-byte units whose high byte is NUL above which BOM-less text is taken for UTF-16. */
const UTF16_NUL_SHARE = 0.05;
/** Control characters a text may not hold: all C0 but tab, LF, CR and form feed (pdftotext's page break); DEL; C1. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/u;
/** What bytes above 0x7F may decode to in a Windows-1251 text in Russian or Kazakh: letters, І і Ё ё, typography. */
const CP1251_PLAUSIBLE = /^[\u0410-\u044F\u0401\u0451\u0406\u0456«»–—“”„‘’…№§°•©\u00A0\u00AD]$/u;
/** Above this share of well-shaped UTF-8 sequences among high bytes, undecodable bytes are damaged UTF-8, not a code page. */
const UTF8_SHAPED_SHARE = 0.5;
/** How much of the offending line an error shows, around the caret. */
const EXCERPT_CHARS = 120;
const UTF8 = new TextDecoder('utf-8');
const CP1251 = new TextDecoder('windows-1251');

/** Refuse a file over the size limit before it is read. */
export function checkFileSize(size: number, file: string, limit: number): void {
  if (size > limit) {
    throw new IngestError(`the file is ${size} bytes, over the limit of ${limit} bytes (set ${MAX_FILE_BYTES_VARIABLE} to raise it)`, {
      file,
      line: 1,
    });
  }
}

export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new IngestError('the file is empty (0 bytes)', { file, line: 1 });
  const utf16 = utf16Order(bytes);
  const nul = utf16 ? -1 : bytes.indexOf(0);
  if (nul >= 0) throw new IngestError('the file holds a NUL byte: it is binary, not text', placeOf(bytes, nul, file, UTF8));
  const decoded = utf16 ? decodeUtf16(bytes, utf16, file) : (decodeUtf8(bytes, file) ?? decodeLegacy(bytes, file));
  checkText(decoded.text, file);
  return decoded;
}

function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const units = Math.floor(Math.min(bytes.length, SAMPLE_BYTES) / 2);
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < units; i++) {
    if (bytes[2 * i] === 0) nulEven++;
    if (bytes[2 * i + 1] === 0) nulOdd++;
  }
  // NULs at both parities is binary, not text: checkText will say so with its line.
  if (nulOdd > units * UTF16_NUL_SHARE && nulEven === 0) return 'utf-16le';
  if (nulEven > units * UTF16_NUL_SHARE && nulOdd === 0) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): DecodedText {
  if (bytes.length % 2 !== 0) {
    throw new IngestError(
      `the file looks like ${ENCODING_NAME[encoding]} but has an odd number of bytes (${bytes.length}): it is truncated or not UTF-16`,
      { file, line: 1 },
    );
  }
  const le = encoding === 'utf-16le' ? bytes : swapPairs(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(le);
  } catch (cause) {
    throw new IngestError(
      `the file looks like ${ENCODING_NAME[encoding]} but is not valid UTF-16 (a lone surrogate)`,
      { file, line: 1 },
      { cause },
    );
  }
  return { text, encoding, diagnostics: [converted(file, encoding)] };
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] ?? 0;
    out[i + 1] = bytes[i] ?? 0;
  }
  return out;
}

/** Strict UTF-8; a file cut inside its last character keeps the whole characters with a warning. Null when not UTF-8. */
function decodeUtf8(bytes: Uint8Array, file: string): DecodedText | null {
  const strict = tryUtf8(bytes);
  if (strict !== null) return { text: strict, encoding: 'utf-8', diagnostics: [] };
  const cut = incompleteTail(bytes);
  const prefix = cut > 0 ? tryUtf8(bytes.subarray(0, bytes.length - cut)) : null;
  if (prefix === null || !/[^\u0000-\u007F]/u.test(prefix)) return null;
  const line = prefix.split('\n').length;
  return {
    text: prefix,
    encoding: 'utf-8',
    diagnostics: [
      {
        reason: `the file ends inside a UTF-8 character (${cut} byte${cut > 1 ? 's' : ''} of it kept out): the file is truncated`,
        file,
        line,
        rule: 'truncated',
        fatal: false,
      },
    ],
  };
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Bytes of an unfinished multi-byte sequence at the end (0 if the last sequence is complete or not UTF-8-shaped). */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead
    const needs = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return needs > back ? back : 0;
  }
  return 0;
}

/** Not UTF-8: Windows-1251 if every high byte reads plausibly in it; otherwise refused at the first byte that gives it away. */
function decodeLegacy(bytes: Uint8Array, file: string): DecodedText {
  if (utf8Share(bytes) > UTF8_SHAPED_SHARE) {
    const bad = firstInvalidUtf8(bytes);
    throw new IngestError(
      `the file is not valid UTF-8: byte 0x${hex(bytes[bad])} breaks a character (damaged bytes?)`,
      placeOf(bytes, bad, file, UTF8),
    );
  }
  const text = CP1251.decode(bytes);
  // Windows-1251 maps every byte to one UTF-16 unit, so text[i] is what byte i reads as.
  let foreign = -1;
  for (let i = 0; i < bytes.length && foreign < 0; i++) if ((bytes[i] ?? 0) >= 0x80 && !CP1251_PLAUSIBLE.test(text[i] ?? '')) foreign = i;
  if (foreign < 0) return { text, encoding: 'windows-1251', diagnostics: [converted(file, 'windows-1251')] };
  const shown = text[foreign] ?? '';
  const reason = /\p{L}/u.test(shown)
    ? `the file is not UTF-8, and read as Windows-1251 it would hold \`${shown}\`, a letter foreign to Kazakh and Russian: its encoding is unknown (a Kazakh 8-bit code page such as KZ-1048?); convert it to UTF-8`
    : `the file is not UTF-8 (byte 0x${hex(bytes[foreign])}) and is no recognised code page: convert it to UTF-8`;
  throw new IngestError(reason, placeOf(bytes, foreign, file, CP1251));
}

/** Share of bytes above 0x7F that form well-shaped UTF-8 sequences: high in damaged UTF-8, near 0 in a code page. */
function utf8Share(bytes: Uint8Array): number {
  let high = 0;
  let shaped = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    high++;
    const needs = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b <= 0xdf ? 1 : 0;
    let ok = needs > 0;
    for (let k = 1; ok && k <= needs; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      shaped += needs + 1;
      high += needs;
      i += needs;
    }
  }
  return high === 0 ? 0 : shaped / high;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search on the longest prefix that decodes, allowing a cut character at its end.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const prefix = bytes.subarray(0, mid);
    if (tryUtf8(prefix.subarray(0, prefix.length - incompleteTail(prefix))) !== null) lo = mid;
    else hi = mid - 1;
  }
  return lo - incompleteTail(bytes.subarray(0, lo));
}

function checkText(text: string, file: string): void {
  const m = CONTROL.exec(text);
  if (m) {
    const code = (m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    throw new IngestError(`the file holds the control character U+${code}: it is binary, not text`, placeInText(text, m.index, file));
  }
  if (!/[^\s\uFEFF]/u.test(text)) throw new IngestError('the file is empty (it holds only blanks)', { file, line: 1 });
}

const ENCODING_NAME: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1251': 'Windows-1251',
};

function converted(file: string, encoding: TextEncoding): Diagnostic {
  return {
    reason: `the file is ${ENCODING_NAME[encoding]}, not UTF-8: converted (store the corpus as UTF-8)`,
    file,
    line: 1,
    rule: 'encoding',
    fatal: false,
  };
}

/** File, line, column and excerpt of byte `offset` in undecodable bytes (the line read leniently with `decoder`). */
function placeOf(bytes: Uint8Array, offset: number, file: string, decoder: TextDecoder) {
  const start = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  const end = bytes.indexOf(0x0a, offset);
  let line = 1;
  for (let i = 0; i < start; i++) if (bytes[i] === 0x0a) line++;
  const column = decoder.decode(bytes.subarray(start, offset)).length + 1;
  return { file, line, ...excerpt(decoder.decode(bytes.subarray(start, end < 0 ? bytes.length : end)), column) };
}

function placeInText(text: string, index: number, file: string) {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = text.indexOf('\n', index);
  const line = text.slice(0, start).split('\n').length;
  return { file, line, ...excerpt(text.slice(start, end < 0 ? text.length : end), index - start + 1) };
}

/** The line as it can be shown: control characters as their Unicode pictures (U+2400…), a window around the caret. */
function excerpt(line: string, column: number): { lineText: string; column: number } {
  const visible = line.replace(/[\u0000-\u001F]/gu, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)));
  const from = Math.max(0, column - 1 - EXCERPT_CHARS / 2);
  const cut = visible.slice(from, from + EXCERPT_CHARS);
  return {
    lineText: `${from > 0 ? '…' : ''}${cut}${from + EXCERPT_CHARS < visible.length ? '…' : ''}`,
    column: column - from + (from > 0 ? 1 : 0),
  };
}

function hex(b: number | undefined): string {
  return (b ?? 0).toString(16).toUpperCase().padStart(2, '0');
}
