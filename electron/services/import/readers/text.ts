import { basename, extname } from 'node:path';
import { decodeText } from '../../../../shared/import/decode';
import { headlineOf } from '../../../../shared/import/lines';
import { codedText } from '../../../../shared/error-text';
import type { CodedText } from '../../../../shared/import/report';
import type { Reader } from './types';

export function titleFromName(name: string): string {
  return basename(name.replace(/\\/g, '/'), extname(name));
}

/** Replacement characters in the source mean damage done before Isnad; say so rather than keep quiet. */
export function replacementWarning(count: number): CodedText[] {
  return count > 0 ? [codedText('import.warning.replacementChars', { count })] : [];
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
        ...(decoded.encoding !== 'utf-8' ? [codedText('import.warning.decodedBom', { encoding: decoded.encoding.toUpperCase() })] : []),
        ...replacementWarning(decoded.replacementChars),
      ],
    };
  },
};
