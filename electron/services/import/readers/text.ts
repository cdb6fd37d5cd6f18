import { basename, extname } from 'node:path';
import { decodeText } from '../../../../shared/import/decode';
import { headlineOf } from '../../../../shared/import/lines';
import type { Reader } from './types';

export function titleFromName(name: string): string {
  return basename(name.replace(/\\/g, '/'), extname(name));
}

/** Replacement characters in the source mean damage done before Isnad; say so rather than keep quiet. */
export function replacementWarning(count: number): string[] {
  return count > 0
    ? [`the text already contains ${count} replacement character${count === 1 ? '' : 's'} (�): it was damaged before import`]
    : [];
}

export const textReader: Reader = {
  format: 'text',
  extensions: ['.txt', '.text', '.md', '.markdown'],
  async read({ name, bytes }) {
    const decoded = decodeText(bytes);
    return {
      kind: 'articles',
      // A first line that reads like a headline titles the article, as in pasted text.
      articles: [{ text: decoded.text, title: headlineOf(decoded.text) || titleFromName(name) }],
      warnings: [
        ...(decoded.encoding !== 'utf-8' ? [`decoded as ${decoded.encoding.toUpperCase()} (byte-order mark)`] : []),
        ...replacementWarning(decoded.replacementChars),
      ],
    };
  },
};
