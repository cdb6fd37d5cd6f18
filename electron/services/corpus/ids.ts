import { createHash, randomBytes } from 'node:crypto';

/** Short random ids: 16 hex chars (64 bits) are unique enough for any newsroom corpus. */
export function newId(prefix: string): string {
  return prefix + randomBytes(8).toString('hex');
}

/** sha256 of a normalized text: how duplicates are recognized. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
