import { describe, expect, it } from 'vitest';
import { figure, figures } from './helpers';

// Invented sentences: English shares written as one hyphenated word or as "one in four".
describe('English shares in one word and "N in M"', () => {
  it('reads a hyphenated fraction as a percent share (two-thirds, three-fourths, one-fifth)', () => {
    const text = 'Two-thirds of the members voted yes, three-fourths of the wells are dry and one-fifth of the budget is debt.';
    expect(figure(text, 'Two-thirds')?.attributes.value).toBeCloseTo(66.67, 1);
    expect(figure(text, 'three-fourths')?.attributes.value).toBe(75);
    expect(figure(text, 'one-fifth')?.attributes).toMatchObject({ value: 20, kind: 'percent' });
  });

  it('reads "one in four", "1 in 8", "one in every five" and "two-in-three" as shares', () => {
    const text = 'One in four adults, 1 in 8 children, one in every five homes and two-in-three voters agreed.';
    expect(figure(text, 'One in four')?.attributes.value).toBe(25);
    expect(figure(text, '1 in 8')?.attributes.value).toBe(12.5);
    expect(figure(text, 'one in every five')?.attributes.value).toBe(20);
    expect(figure(text, 'two-in-three')?.attributes.value).toBeCloseTo(66.67, 1);
  });

  it('does not read a count before a year, or a number before a place, as a share', () => {
    const text = 'There were five in 2024, and one in Paris said so; 12 in 10 makes no sense.';
    const found = figures(text).map((f) => f.text);
    expect(found).not.toContain('five in 2024');
    expect(found).not.toContain('one in Paris');
    expect(found).not.toContain('12 in 10');
    expect(found).toContain('2024');
  });
});

describe('English fractions of a period and of a percentage point', () => {
  it('counts half a century or a decade in years, and a quarter-point in percentage points', () => {
    const text = 'After half a century of trading and half a decade of losses, the bank made a quarter-point cut.';
    expect(figure(text, 'half a century')?.attributes).toMatchObject({ value: 50, unit: 'years', kind: 'duration' });
    expect(figure(text, 'half a decade')?.attributes.value).toBe(5);
    expect(figure(text, 'quarter-point')?.attributes).toMatchObject({ value: 0.25, unit: 'percentage points' });
  });

  it('keeps half an hour in hours, and a hyphenated word that is no share out', () => {
    const text = 'Half an hour later the quarter-final began at the half-way line.';
    expect(figure(text, 'Half an hour')?.attributes).toMatchObject({ value: 0.5, unit: 'hour' });
    expect(figures(text).map((f) => f.text)).not.toContain('quarter-final');
  });
});
