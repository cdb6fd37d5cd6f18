import { describe, expect, it } from 'vitest';
import { figure, figures } from './helpers';

// Invented sentences: local currency abbreviations written before the amount.
describe('Local currencies before the amount', () => {
  it('reads Shs, RM and a glued P (pesos) with their scale words', () => {
    const text = 'The plan costs Shs97 billion, Shs 910m and RM6.4 billion, and the grant is P1.5 billion or P47,000 a family.';
    expect(figure(text, 'Shs97 billion')?.attributes).toMatchObject({ value: 97e9, kind: 'money' });
    expect(figure(text, 'Shs 910m')?.attributes.value).toBe(910e6);
    expect(figure(text, 'RM6.4 billion')?.attributes.value).toBe(6.4e9);
    expect(figure(text, 'P1.5 billion')?.attributes.value).toBe(1.5e9);
    expect(figure(text, 'P47,000')?.attributes.value).toBe(47000);
  });

  it('still leaves a page reference (p 12, p12) and a lone scale word out', () => {
    const found = figures('See p 12 and p12 of the report.').map((f) => f.text);
    expect(found).not.toContain('12');
    expect(found.some((t) => /p ?12/i.test(t))).toBe(false);
  });
});
