/**
 * Every dated note of the code, found by a simple scan independent of the segmenter, must parse:
 * no `other` action, no unread wording, and one event per amending act printed.
 */
import { describe, expect, it } from 'vitest';
import { joinLines, type SourceLine } from '../../ingest/normalize.ts';
import { parseAmendmentNotes, parseHeaderNotes } from '../../ingest/amendments/index.ts';
import { CODE_FILE, CODE_ID, NOTE_START, lines, noteLines, nowhere, raw } from './amendments-fixture.ts';

/** A line that starts a provision or a heading, so cannot continue a note. */
const UNIT_START = /^(?:\d+(?:-\d+)*[.)]\s|\d+(?:-\d+)*-(?:бап|тарау)\.)/u;
/** A note's text can end after its action, its effective date or its `(бұр.ред.қара)`; a `;` or an open date means more follows. */
const NOTE_END = /(?:\(бұр\.ред\.қара\)|өзгертілді|редакцияда|толықтырылды|тасталды|енгізілді\)(?:\s*\()?|қараңыз)$/u;

/** Runs of lines from each date-initial line to the end of its note (wrapped lines are one blank line apart). */
function noteBlocks(): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!NOTE_START.test(lines[i]?.text ?? '')) continue;
    const first = lines[i] as SourceLine;
    let j = i;
    for (;;) {
      const next = lines[j + 1];
      const text = lines[j]?.text ?? '';
      if (!next || NOTE_START.test(next.text) || UNIT_START.test(next.text)) break;
      if (NOTE_END.test(text) && !/^[(;]/u.test(next.text)) break;
      j++;
    }
    blocks.push(noteLines(first.line, (lines[j] as SourceLine).line));
    i = j;
  }
  return blocks;
}

const HEADER_END = 30; // the header area of the code (docs/formats.md C11); the TOC starts at L31
const blocks = noteBlocks();
const body = blocks.filter((b) => (b[0]?.line ?? 0) > HEADER_END);
const notes = body.map((b) => ({
  documentId: CODE_ID,
  documentActId: CODE_ID,
  note: joinLines(b, CODE_FILE),
  place: nowhere,
  next: null,
  replaces: null,
}));
const parsed = parseAmendmentNotes(notes);

describe('every amendment note of the code', () => {
  it('finds the dated note blocks of the body', () => {
    expect(body.length).toBeGreaterThan(150);
  });

  it('yields one event per amending act printed in the text', () => {
    // Counted on the raw file, independently of the note scan: `ҚР Заңымен` = "by the Law of the RK".
    const printed = [...raw.matchAll(/ҚР\s+Заңымен/gu)].length;
    const inHeader = parseHeaderNotes(
      blocks
        .filter((b) => (b[0]?.line ?? 0) <= HEADER_END)
        .map((b) => ({ documentId: CODE_ID, documentActId: CODE_ID, note: joinLines(b, CODE_FILE) })),
    );
    expect(parsed.amendments.length + inHeader.amendments.length).toBe(printed);
  });

  it('reads an action other than `other` in every note', () => {
    expect(parsed.amendments.filter((a) => a.action === 'other').map((a) => `${a.source.startLine}: ${a.raw}`)).toEqual([]);
  });

  it('understands every note: the only diagnostics are the placement the scan cannot give and the known early effective dates', () => {
    // Without place and next, part and subparagraph numbers cannot be placed: that is the segmenter's job.
    const unread = parsed.diagnostics.filter(
      (d) => d.rule !== 'amendment-target-unresolved' && d.rule !== 'amendment-effective-before-act',
    );
    expect(unread).toEqual([]);
    // docs/formats.md C15: law 172-VIII of 15 March 2025 put into force from 1 January 2025, as printed in its seven notes.
    const early = parsed.diagnostics.filter((d) => d.rule === 'amendment-effective-before-act').map((d) => d.line);
    expect(early).toEqual([3008, 3504, 3518, 3552, 3626, 3675, 3853]);
  });

  it('resolves every article and chapter target without a place, since their numbers run through the whole code', () => {
    const global = parsed.amendments.filter((a) =>
      /^\d+(?:-\d+)*-(?:бап|баппен|баптың|тарау|тараумен|тараудың)/u.test(a.targetLabel ?? ''),
    );
    expect(global.length).toBeGreaterThan(20);
    for (const a of global) expect(a.targetId, a.raw).not.toBeNull();
  });
});
