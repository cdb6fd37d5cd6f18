import { describe, expect, it } from 'vitest';
import { fragmentVerbGender } from '../../../shared/suggest/speakers/arabic-fragment-speaker';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): words quoted as a verb's object
// (دعت … إلى «…»، وصفته بـ«…») credited to the sentence's own subject when it is a title or a body.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('Arabic fragment quotes of a body or a title', () => {
  it('gives a body the words its verb quotes, without the verb’s object (دعت البلدية السكان إلى «…»)', () => {
    expect(speakerOf('ودعت البلدية السكان إلى «عدم الخروج من المنازل».')).toEqual(['البلدية']);
  });

  it('gives a body the words of a coordinated verb with an object pronoun (ونعت … ، ووصفته بأنه «…»)', () => {
    const text = 'ونعت وزارة الإعلام الفقيد في بيان، ووصفته بأنه «أحد أعمدة الصحافة».';
    expect(speakerOf(text)).toEqual(['وزارة الإعلام']);
  });

  it('gives a short title the words of its demand (طالب ممثل الادعاء بـ«…»)', () => {
    expect(speakerOf('وفي الجلسة، طالب ممثل الادعاء بتوقيع «أشد العقوبات» على المدانين.')).toEqual(['ممثل الادعاء']);
  });

  it('does not give a masculine verb’s words to a feminine body', () => {
    expect(speakerOf('ودعا البلدية السكان إلى «عدم الخروج من المنازل».')).toEqual(['']);
  });
});

describe('fragmentVerbGender', () => {
  it('tells a feminine verb from a masculine or plural one, with or without an object pronoun', () => {
    expect(['دعت', 'ووصفته', 'تطالب', 'واتهمتها', 'داعية'].map(fragmentVerbGender)).toEqual([
      'female',
      'female',
      'female',
      'female',
      'female',
    ]);
    expect(['دعا', 'وطالب', 'يحذر', 'وصفه', 'مطالبا'].map(fragmentVerbGender)).toEqual(['male', 'male', 'male', 'male', 'male']);
    expect(['دعوا', 'يطالبون'].map(fragmentVerbGender)).toEqual([null, null]);
  });
});
