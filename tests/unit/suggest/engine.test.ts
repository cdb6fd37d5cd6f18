import { describe, expect, it } from 'vitest';
import { Suggestion } from '../../../shared/domain/suggestion';
import { suggest } from '../../../shared/suggest';
import { normalizeText } from '../../../shared/text/normalize';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE, MIXED_RTL } from '../../helpers/fixtures';
import { boilerplateRanges } from '../../helpers/boilerplate';

describe('the suggestion engine', () => {
  it('reports UTF-16 offsets into the original text, also after emoji and diacritics', () => {
    const text = `😀 ${ARABIC_ARTICLE}\n😀👍 ${ENGLISH_ARTICLE}\n${MIXED_RTL}`;
    const all = suggest(text);
    expect(all.length).toBeGreaterThan(8);
    for (const s of all) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(Suggestion.safeParse(s).success).toBe(true);
    }
    expect(all.find((s) => s.type === 'figure' && s.text === '75 موظفاً')).toBeDefined();
  });

  it('works on text normalized from CRLF, with offsets into the normalized text', () => {
    const text = normalizeText(ENGLISH_ARTICLE.replace(/\n/g, '\r\n'));
    const quote = suggest(text).find((s) => s.type === 'quote' && s.text.startsWith('We listened'));
    expect(quote && text.slice(quote.start, quote.end)).toBe('We listened to every neighbourhood');
  });

  it('is deterministic and ids follow type and span', () => {
    const a = suggest(ARABIC_ARTICLE);
    expect(suggest(ARABIC_ARTICLE)).toEqual(a);
    for (const s of a) expect(s.id).toBe(`${s.type[0]}${s.start}-${s.end}`);
  });

  it('links each quote to a speaker suggestion that exists', () => {
    const all = suggest(`${ARABIC_ARTICLE}\n${ENGLISH_ARTICLE}`);
    const ids = new Set(all.filter((s) => s.type === 'speaker').map((s) => s.id));
    const quoted = all.filter((s) => s.type === 'quote');
    expect(quoted.length).toBeGreaterThanOrEqual(4);
    for (const q of quoted) if (q.type === 'quote' && q.attributes.speakerId) expect(ids.has(q.attributes.speakerId)).toBe(true);
  });

  it('can be limited to some types; a quote without speaker suggestions keeps the speaker name', () => {
    const only = suggest(ENGLISH_ARTICLE, { types: ['quote'] });
    expect(new Set(only.map((s) => s.type))).toEqual(new Set(['quote']));
    const q = only.find((s) => s.type === 'quote' && s.attributes.speakerName === 'Maria Lopez');
    expect(q?.type === 'quote' && q.attributes.speakerId).toBeNull();
  });

  it('suggests nothing inside excluded regions, and the same article still gets its quotes and figures', () => {
    const article = [
      'وقال المتحدث باسم الوزارة خالد العمري إن «الوضع تحت السيطرة تماماً».',
      'اقرأ أيضاً',
      'وزير الصحة يعلن وصول 300 ألف جرعة في 5 مايو',
      'قال مسؤول إن «الأزمة انتهت» بحسب الوكالة',
      '',
      'وأضاف العمري أن الفرق الطبية تعمل منذ 48 ساعة دون توقف.',
      'مقالات مشابهة',
      '• الرئيس يقول إن 40 بالمئة من المشاريع انتهت',
    ].join('\n');
    const excluded = boilerplateRanges(article);
    expect(excluded).toHaveLength(2);
    const all = suggest(article, { excluded });
    for (const s of all) for (const r of excluded) expect(s.end <= r.start || s.start >= r.end, s.text).toBe(true);
    expect(all.filter((s) => s.type === 'quote').map((s) => s.text)).toEqual([
      'الوضع تحت السيطرة تماماً',
      'الفرق الطبية تعمل منذ 48 ساعة دون توقف',
    ]);
    expect(all.filter((s) => s.type === 'figure').map((s) => s.text)).toEqual(['48 ساعة']);
    // Without the regions, the boilerplate would have produced suggestions.
    expect(suggest(article).filter((s) => s.type === 'figure').length).toBeGreaterThan(1);
  });

  it('handles empty and symbol-only text', () => {
    expect(suggest('')).toEqual([]);
    expect(suggest('«»""…\n\n')).toEqual([]);
  });
});
