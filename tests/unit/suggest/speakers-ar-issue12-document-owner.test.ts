import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): issue 12, rules for unseen writers.
// A document's figures speak for the body they belong to: the body in construct after the
// document's noun is the speaker (وتشير بيانات الهيئة …), not the document.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('a body after a document of figures', () => {
  it('is the speaker when the document is the verb’s subject', () => {
    expect(speakerOf('وتشير بيانات وزارة الصحة إلى أن عدد الإصابات ارتفع.')).toEqual(['وزارة الصحة']);
    expect(speakerOf('وأظهرت أرقام الهيئة العامة للإحصاء أن عدد الإصابات ارتفع.')).toEqual(['الهيئة العامة للإحصاء']);
  });

  it('keeps a glued genitive in the body’s name after «بحسب بيانات»', () => {
    expect(speakerOf('وبحسب بيانات المركز الوطني لإدارة المياه، ارتفع الاستهلاك.')).toEqual(['المركز الوطني لإدارة المياه']);
  });

  it('leaves a document with an adjective and no owner as it is', () => {
    expect(speakerOf('وأظهرت بيانات رسمية أن عدد الإصابات ارتفع.')).toEqual(['بيانات رسمية']);
  });
});
