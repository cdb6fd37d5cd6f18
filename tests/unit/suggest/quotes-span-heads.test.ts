import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

const texts = (text: string) => quotes(text).map((q) => q.text);

// What goes before the reported words of a sentence with a postposed attribution ("…, officials
// said") and is not the source's: a live blog's time stamp, a wire dateline, the writer's connective.
describe('the start of a reported sentence before its attribution', () => {
  it('leaves a live blog entry’s time stamp outside', () => {
    expect(texts('Live updates\n11:00 — Harbour police have closed the coast road between the two bridges, a spokesperson said.')).toEqual([
      'Harbour police have closed the coast road between the two bridges',
    ]);
  });

  it('leaves a wire dateline with the agency in brackets outside', () => {
    expect(texts('Pune, Sep 3 (PTI) At least four people were hurt when a wall collapsed early on Monday, police said.')).toEqual([
      'At least four people were hurt when a wall collapsed early on Monday',
    ]);
  });

  it('leaves a connective set off by a comma outside, but keeps a clause too short without it', () => {
    expect(texts('Fares rose. Meanwhile, the winners of the regional cup will receive $5,000 each, the league said.')).toEqual([
      'the winners of the regional cup will receive $5,000 each',
    ]);
    expect(texts('Still, prices rose, the bank said.')).toEqual(['Still, prices rose']);
  });

  it('leaves a lone dash at the start outside', () => {
    expect(texts('- Uganda has received more than 4,000 refugees in three weeks, its disaster ministry said.')).toEqual([
      'Uganda has received more than 4,000 refugees in three weeks',
    ]);
  });
});

describe('an Arabic transition before a sentence reported with بحسب / وفق', () => {
  it('leaves «وفي …،» and «وعلى صعيد آخر،» outside the quote', () => {
    expect(texts('وفي سوق العمل، انخفض معدل البطالة بين المواطنين إلى 7.1% في الربع الرابع، وفق مسح القوى العاملة.')).toEqual([
      'انخفض معدل البطالة بين المواطنين إلى 7.1% في الربع الرابع',
    ]);
    expect(texts('وعلى صعيد آخر، سجل الميزان التجاري عجزاً بقيمة 312 مليون دينار، بحسب المعهد الوطني للإحصاء.')).toEqual([
      'سجل الميزان التجاري عجزاً بقيمة 312 مليون دينار',
    ]);
  });

  it('keeps an English opening adverbial inside, as English writers do', () => {
    expect(texts('For a household with a $500,000 mortgage, repayments will fall by $80 a month, the bank said.')).toEqual([
      'For a household with a $500,000 mortgage, repayments will fall by $80 a month',
    ]);
  });
});
