import { describe, expect, it } from 'vitest';
import { suggest } from '../../../shared/suggest';

// A scraped page or a pasted clipping often stops mid-sentence, right after a cue
// ("…, according to", «وفقاً لـ»). Suggestions on such a text must still come back: a rule
// reading the words after a cue must not read past the end of the text.
const ARTICLES = [
  'Prices have risen since mid-August, according to the statistics office. "We expect a slower rise," said Dr Amina Yusuf, the bank\'s chief economist. The union said that wages had not kept up, adding: "Families are paying for this." According to figures from the ministry, 1,200 jobs were lost. As one trader put it: "Nobody is buying."',
  'قال وزير المالية أحمد سالم إن العجز بلغ 3.5 مليار دينار، مضيفاً: «لن نرفع الضرائب». ووفقاً لـبيانات البنك المركزي، ارتفع التضخم إلى 7%. وبحسب مصادر مطلعة فإن الاتفاق سيوقّع في 12 آذار/مارس. وأكدت الوزارة في بيان أن «الخطة تسير كما رُسمت».',
];

/** Every prefix of `text` that ends on a word boundary (a space or punctuation). */
function prefixes(text: string): string[] {
  const out: string[] = [];
  for (let i = 1; i <= text.length; i++) if (i === text.length || /[\s,.:،«»"]/.test(text[i] ?? '')) out.push(text.slice(0, i));
  return out;
}

describe('suggestions on a text cut off anywhere', () => {
  it('come back for every cut of an English and an Arabic article, with spans inside the text', () => {
    for (const article of ARTICLES) {
      for (const text of prefixes(article)) {
        let suggestions;
        try {
          suggestions = suggest(text);
        } catch (error) {
          throw new Error(`suggest failed on a text ending "…${text.slice(-30)}": ${(error as Error).message}`);
        }
        for (const s of suggestions) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
        }
      }
    }
  });

  it('still reads the source of a cue when the text goes on after it', () => {
    const whole = suggest(ARTICLES[0] as string);
    expect(whole.some((s) => s.type === 'speaker' && ARTICLES[0]?.slice(s.start, s.end) === 'Amina Yusuf')).toBe(true);
  });
});
