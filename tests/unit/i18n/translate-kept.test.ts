import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translate';

// The translator keeps what it formatted (FormatJS is slow to look a message up): a kept
// text must never stand in for another message, other values, or another language.
describe('formatted messages kept by a translator', () => {
  it('gives each set of values its own text, the same text again for the same values', () => {
    const t = createTranslator({ language: 'en', digits: 'latn' }).t;
    expect(t('document.versions.recheck', { count: 1 })).toBe('1 verdict to check again');
    expect(t('document.versions.recheck', { count: 2 })).toBe('2 verdicts to check again');
    expect(t('document.versions.recheck', { count: 1 })).toBe('1 verdict to check again');
    expect(t('document.card.sameAs', { name: 'Ali' })).toBe('same as Ali');
    expect(t('document.card.sameAs', { name: '"Ali"' })).toBe('same as "Ali"');
    // The word "undefined" is a value like any other, not a missing one.
    expect(t('document.card.sameAs', { name: 'undefined' })).toBe('same as undefined');
  });

  it('keeps languages and digits apart', () => {
    const en = createTranslator({ language: 'en', digits: 'latn' }).t;
    const ar = createTranslator({ language: 'ar', digits: 'arab' }).t;
    expect(en('document.versions.label', { version: 2, count: 3 })).toBe('Version 2 of 3');
    expect(ar('document.versions.label', { version: 2, count: 3 })).toMatch(/٢.*٣/);
    expect(en('document.versions.label', { version: 2, count: 3 })).toBe('Version 2 of 3');
  });

  it('stays correct past the number it keeps', () => {
    const t = createTranslator({ language: 'en', digits: 'latn' }).t;
    for (let i = 0; i < 9000; i++)
      expect(t('document.versions.recheck', { count: i + 2 })).toBe(`${(i + 2).toLocaleString('en-US')} verdicts to check again`);
    expect(t('document.versions.recheck', { count: 1 })).toBe('1 verdict to check again');
  });
});
