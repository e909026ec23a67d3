/** Opaque Relay cursors: base64url of a kind tag and an item id, so clients cannot lean on their form. */
import { badInput } from './errors.ts';

export function encodeCursor(kind: string, id: string): string {
  return Buffer.from(`${kind}:${id}`, 'utf8').toString('base64url');
}

/** The id inside a cursor of this kind, or a BAD_USER_INPUT error naming `argument`. */
export function decodeCursor(kind: string, cursor: string, argument: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(`${kind}:`) || text.length === kind.length + 1) {
    throw badInput(argument, `not a cursor of this list: ${cursor}`);
  }
  return text.slice(kind.length + 1);
}
