/**
 * Meilisearch primary keys must be ASCII (`[A-Za-z0-9_-]`, at most 511 bytes); provision ids
 * are AKN URIs with slashes, `~` and possibly Cyrillic. The key is `b` + the base64url of the
 * id's UTF-8, so it decodes back; an id too long for that gets `h` + its SHA-256 instead, and
 * every search document also stores its `provisionId`, which is what the adapter reads.
 */
import { createHash } from 'node:crypto';

const MAX_KEY_LENGTH = 511;

export function meiliDocumentId(id: string): string {
  const key = `b${Buffer.from(id, 'utf8').toString('base64url')}`;
  return key.length <= MAX_KEY_LENGTH ? key : `h${createHash('sha256').update(id, 'utf8').digest('hex')}`;
}

/** The id a `b…` key was made from; null for a hashed key (read `provisionId` then). */
export function idFromMeiliDocumentId(key: string): string | null {
  return key.startsWith('b') ? Buffer.from(key.slice(1), 'base64url').toString('utf8') : null;
}
