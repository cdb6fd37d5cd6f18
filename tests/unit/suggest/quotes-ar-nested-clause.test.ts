import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): a quotation inside a reported clause.
const byText = (text: string) => Object.fromEntries(quotes(text).map((q) => [q.text, q.attributes.speakerText]));

describe('an Arabic quotation opened by its own cue inside someone’s reported clause', () => {
  it('credits it to one of a group who said it (… أن أحد الباعة أخبره: «…»)', () => {
    const text = 'وقال رئيس الغرفة إن السوق راكد، لافتاً إلى أن أحد باعة الخضار قال له أمس: «لم أبع صندوقاً واحداً منذ الصباح».';
    expect(byText(text)['لم أبع صندوقاً واحداً منذ الصباح']).toBe('أحد باعة الخضار');
  });

  it('leaves a fragment with no cue of its own to the clause’s speaker (partial quote)', () => {
    const text = 'وقال النائب إن الحكومة «تتأخر كثيراً» في الدفع.';
    expect(byText(text)['تتأخر كثيراً']).toBe('النائب');
  });
});
