// The long articles the suggest bench and the snapshot run the engine on: our own gold
// articles repeated to a length, so no shared data and the same text on every tree.
import { normalizeText } from '../../shared/text/normalize';
import { ARABIC } from '../eval/gold/ar';
import { ENGLISH } from '../eval/gold/en';
import type { GoldArticle } from '../eval/gold/types';

export const KB = 1024;

/** At least `chars` UTF-16 units (so at least that many bytes in any encoding). */
export function article(source: readonly GoldArticle[], chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const text = normalizeText((source[i % source.length] as GoldArticle).text);
    parts.push(text);
    length += text.length + 2;
  }
  return parts.join('\n\n');
}

export type Language = 'ar' | 'en' | 'mixed';

export function longArticle(language: Language, chars: number): string {
  return article(language === 'ar' ? ARABIC : language === 'en' ? ENGLISH : [...ARABIC, ...ENGLISH], chars);
}
