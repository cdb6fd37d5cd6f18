import { describe, expect, it } from 'vitest';
import { placeKind } from '../../../shared/suggest/speakers/arabic-words';
import { quotes } from './helpers';

// Words and sentences written for these tests (no article's wording): issue 12 round 15, a place
// named after its kind (مدينة، ولاية، نهر) inside a title is the post's place, not its holder's name.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('placeKind', () => {
  it('is a kind of place, bare or with a glued preposition', () => {
    for (const w of ['مدينة', 'بولاية', 'لمحافظة', 'نهر']) expect(placeKind(w)).toBe(true);
  });

  it('is no other word', () => {
    for (const w of ['مدير', 'بوزارة', 'سامي']) expect(placeKind(w)).toBe(false);
  });
});

describe('a title holding a place after its kind, then its holder between commas', () => {
  it('credits the holder after «مجلس مدينة X»', () => {
    const text = 'وبحسب رئيس مجلس مدينة حمص، المهندس وائل خالد البدري، فإن المحافظة أعادت تأهيل 14 مدرسة.';
    expect(speakerOf(text)).toEqual(['وائل خالد البدري']);
  });

  it('credits the holder after «بولاية نهر X»', () => {
    const text = 'قال مدير الدفاع المدني بولاية نهر الفرات، العميد وائل الكريم النور، إن فرقه أجلت 200 أسرة.';
    expect(speakerOf(text)).toEqual(['وائل الكريم النور']);
  });
});
