import { describe, expect, it } from 'vitest';
import { figures } from './helpers';

// Our own sentences: an indefinite noun counted by واحد / واحدة after it, and vague amounts
// (عشرات، المئات، الملايين) standing alone, as the blind Arabic writers of several batches mark them.
const shown = (text: string) => figures(text).map((f) => [f.text, f.attributes.value]);

describe('A noun counted by واحد / واحدة', () => {
  it('reads an indefinite noun followed by "one"', () => {
    expect(shown('اكتفى الفريق بنقاط قليلة، وحصد نقطة واحدة في المباراة.')).toEqual([['نقطة واحدة', 1]]);
    expect(shown('بقي في الورشة عود واحد فقط.')).toEqual([['عود واحد', 1]]);
  });

  it('leaves set phrases and phrases after a glued preposition alone', () => {
    expect(shown('زار المدينة مرة واحدة ودفع الثمن دفعة واحدة وقالوا بصوت واحد.')).toEqual([]);
    expect(shown('لعبوا بروح واحدة وعملوا لهدف واحد، وكل واحد منهم راضٍ.')).toEqual([]);
  });
});

describe('A vague amount standing alone', () => {
  it('reads عشرات before من and a definite vague word at the end of a clause', () => {
    expect(shown('تجمع عشرات من السكان أمام البلدية.')).toEqual([['عشرات', null]]);
    expect(shown('حضر الجنازة المئات، وقال أحدهم: «خسرنا الملايين».')).toEqual([
      ['المئات', null],
      ['الملايين', null],
    ]);
  });

  it('keeps the counted noun when it follows the vague word', () => {
    expect(shown('تضررت عشرات المنازل في القرية.')).toEqual([['عشرات المنازل', null]]);
  });
});
