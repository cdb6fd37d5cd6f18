import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): a report credited to the programme that issued it.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('Arabic reports issued by a programme (تقرير لبرنامج …)', () => {
  it('credits the programme, not the word تقرير', () => {
    const text = 'وبحسب تقرير لبرنامج التنمية الدولي صدر في مايو، فإن نحو نصف السكان يعانون من الفقر.';
    expect(speakerOf(text)).toEqual(['برنامج التنمية الدولي']);
  });

  it('does not make a TV programme in quotation marks a body (تقرير لبرنامج «…»)', () => {
    const text = 'وبحسب تقرير لبرنامج «المساء» بثته القناة أمس، فإن نحو نصف السكان يعانون من الفقر.';
    expect(speakerOf(text).join(' ')).not.toContain('برنامج');
  });
});
