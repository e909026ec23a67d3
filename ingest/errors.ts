/**
 * The one error the ingest pipeline throws: input it cannot use at all (an empty file,
 * a manifest entry that does not match its file). Everything else becomes a Diagnostic.
 * The message names the file and line and shows the line with a caret, Peggy-style.
 */
export interface ErrorPlace {
  file: string;
  /** 1-based line */
  line: number;
  /** 1-based column of the caret */
  column?: number;
  /** The offending line as printed, for the excerpt */
  lineText?: string;
}

export class IngestError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(reason: string, place: ErrorPlace, options?: { cause?: unknown }) {
    super(formatMessage(reason, place), options);
    this.name = 'IngestError';
    this.file = place.file;
    this.line = place.line;
  }
}

function formatMessage(reason: string, { file, line, column = 1, lineText = '' }: ErrorPlace): string {
  const gutter = String(line);
  const pad = ' '.repeat(gutter.length);
  return [`${file}:${line}:${column}: ${reason}`, ` ${gutter} | ${lineText}`, ` ${pad} | ${' '.repeat(Math.max(0, column - 1))}^`].join(
    '\n',
  );
}
