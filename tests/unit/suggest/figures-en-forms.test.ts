import { describe, expect, it } from 'vitest';
import { figure, figures } from './helpers';

// Invented English sentences: how a figure is written changes what it is worth.
describe('English figures: ordinal days, ranges, signs, scale abbreviations and pence', () => {
  it('reads an ordinal day before its month as a date (17th November 2026, 2nd of June)', () => {
    const text = 'The hearing on 17th November 2026 follows the one on the 2nd of June.';
    expect(figure(text, '17th November 2026')?.attributes.value).toBe('2026-11-17');
    expect(figure(text, '2nd of June')?.attributes.value).toBe('--06-02');
  });

  it('still leaves an ordinal that is no day out (the 88th minute, the 21st century)', () => {
    const found = figures('He scored in the 88th minute of a 21st century classic.').map((f) => f.text);
    expect(found).toEqual([]);
  });

  it('reads ranges with a currency glued to a symbol and an age range without a unit', () => {
    const text = 'The port costs between S$61 million and S$64 million, and children aged 6 to 11 travel free.';
    expect(figure(text, 'S$61 million and S$64 million')?.attributes).toMatchObject({ value: [61e6, 64e6], unit: 'SGD' });
    expect(figure(text, '6 to 11')?.attributes.value).toEqual([6, 11]);
  });

  it('keeps two numbers joined by "to" without a unit or an age apart', () => {
    const found = figures('The vote went 6 to 11 against the motion.').map((f) => f.text);
    expect(found).not.toContain('6 to 11');
  });

  it('reads "minus" as a sign, alone and at the start of a range', () => {
    const text = 'The store runs from minus 22 to 4 degrees Celsius, and growth was minus 0.4 percent.';
    expect(figure(text, 'minus 22 to 4 degrees Celsius')?.attributes.value).toEqual([-22, 4]);
    expect(figure(text, 'minus 0.4 percent')?.attributes.value).toBe(-0.4);
  });

  it('reads Cr and Mn after a space only after a currency', () => {
    const text = 'The board approved INR 318 Cr and $27 Mn, while 9 Mn reads as a label.';
    expect(figure(text, 'INR 318 Cr')?.attributes.value).toBe(3.18e9);
    expect(figure(text, '$27 Mn')?.attributes.value).toBe(27e6);
    expect(figure(text, '9 Mn')).toBeUndefined();
  });

  it('reads pence glued to the amount and piastres, but not a screen resolution', () => {
    const text = 'A stamp is 87p, a bus ticket 35 piastres, and the film is shown in 1080p.';
    expect(figure(text, '87p')?.attributes).toMatchObject({ value: 0.87, unit: 'GBP' });
    expect(figure(text, '35 piastres')?.attributes.value).toBe(0.35);
    expect(figures(text).some((f) => f.text === '1080p')).toBe(false);
  });
});
