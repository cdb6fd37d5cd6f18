import { describe, expect, it } from 'vitest';
import { figure, figures } from './helpers';

// Invented sentences: local currency abbreviations written before the amount.
describe('Local currencies before the amount', () => {
  it('reads Shs, RM and a glued P (pesos) with their scale words', () => {
    const text = 'The plan costs Shs83 billion, Shs 640m and RM7.2 billion, and the grant is P2.5 billion or P38,000 a family.';
    expect(figure(text, 'Shs83 billion')?.attributes).toMatchObject({ value: 83e9, kind: 'money' });
    expect(figure(text, 'Shs 640m')?.attributes.value).toBe(640e6);
    expect(figure(text, 'RM7.2 billion')?.attributes.value).toBe(7.2e9);
    expect(figure(text, 'P2.5 billion')?.attributes.value).toBe(2.5e9);
    expect(figure(text, 'P38,000')?.attributes.value).toBe(38000);
  });

  it('still leaves a page reference (p 12, p12) and a lone scale word out', () => {
    const found = figures('See p 12 and p12 of the report.').map((f) => f.text);
    expect(found).not.toContain('12');
    expect(found.some((t) => /p ?12/i.test(t))).toBe(false);
  });
});
