import { describe, expect, it } from 'vitest';
import { resolveGold } from '../../../bench/eval/conventions';
import type { GoldArticle } from '../../../bench/eval/gold/types';

// Convention 8 (bench/eval/conventions.ts): a title or role beside a name is one mention. Invented articles.
const article = (text: string, speakers: GoldArticle['speakers'], conventions: GoldArticle['conventions'] = 'guidelines'): GoldArticle => ({
  id: 'invented',
  lang: /[a-z]/i.test(text) ? 'en' : 'ar',
  conventions,
  text,
  quotes: [],
  speakers,
  figures: [],
});
const kept = (a: GoldArticle) => resolveGold(a, a.text).speakers.map((s) => s.text);

describe('convention 8: a title beside a name is one mention', () => {
  it('keeps the name and drops the title before it, across a comma and an honorific', () => {
    const name = 'نوفة حامد الزعبي';
    const text = `وقالت مديرة المبيعات في المصنع، المهندسة ${name}، إن الإنتاج تضاعف.`;
    expect(
      kept(
        article(text, [
          { text: 'مديرة المبيعات في المصنع', name },
          { text: name, name },
        ]),
      ),
    ).toEqual([name]);
  });

  it('drops a title after the name, and works in English with Dr.', () => {
    const ar = 'وقال سامر خليل الدوسري، كبير المهندسين في الشركة، إن الخط جاهز.';
    const name = 'سامر خليل الدوسري';
    expect(
      kept(
        article(ar, [
          { text: name, name },
          { text: 'كبير المهندسين في الشركة', name },
        ]),
      ),
    ).toEqual([name]);
    const en = "The council's roads chief, Dr. Ada Pell, said the bridge would reopen.";
    expect(
      kept(
        article(en, [
          { text: "The council's roads chief", name: 'Ada Pell' },
          { text: 'Ada Pell', name: 'Ada Pell' },
        ]),
      ),
    ).toEqual(['Ada Pell']);
  });

  it('keeps both when they are apart, belong to two people, or no name stands beside the title', () => {
    const name = 'سامر خليل الدوسري';
    // A sentence between them: the later title is its own mention.
    const apart = `وقال ${name} إن الخط جاهز. وأضاف رئيس الهيئة أن العمل مستمر.`;
    expect(
      kept(
        article(apart, [
          { text: name, name },
          { text: 'رئيس الهيئة', name },
        ]),
      ),
    ).toEqual([name, 'رئيس الهيئة']);
    // Two people side by side.
    const two = 'وقال رئيس الهيئة، سامر خليل، إن الخط جاهز.';
    expect(
      kept(
        article(two, [
          { text: 'رئيس الهيئة', name: 'رئيس الهيئة' },
          { text: 'سامر خليل', name: 'سامر خليل' },
        ]),
      ),
    ).toEqual(['رئيس الهيئة', 'سامر خليل']);
    // Any other word between them (a verb) keeps both.
    const verb = `وقال رئيس الهيئة إن ${name} وافق.`;
    expect(
      kept(
        article(verb, [
          { text: 'رئيس الهيئة', name },
          { text: name, name },
        ]),
      ),
    ).toEqual(['رئيس الهيئة', name]);
  });

  it('leaves the older TypeScript sets as written', () => {
    const name = 'نوفة حامد الزعبي';
    const text = `وقالت مديرة المبيعات، ${name}، إن الإنتاج تضاعف.`;
    expect(
      kept(
        article(
          text,
          [
            { text: 'مديرة المبيعات', name },
            { text: name, name },
          ],
          'v1',
        ),
      ),
    ).toEqual(['مديرة المبيعات', name]);
  });
});
