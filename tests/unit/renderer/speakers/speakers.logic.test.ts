import { describe, expect, it } from 'vitest';
import { aliasesOf, changeNotice, shortName, splitCandidates } from '../../../../renderer/src/features/speakers/speakers.logic';
import { createTranslator } from '../../../../shared/i18n/translate';

const { t } = createTranslator({ language: 'en', digits: 'latn' });

describe('the speaker registry', () => {
  it('takes one alias per line, trimmed, blank lines dropped', () => {
    expect(aliasesOf(' أحمد العمري \n\nAhmed al-Omari\n')).toEqual(['أحمد العمري', 'Ahmed al-Omari']);
  });

  it('says what a change did and how to take it back', () => {
    expect(changeNotice({ label: 'merge 2 speakers into أحمد العمري', relinked: 3 }, t)).toEqual({
      title: 'Merge 2 speakers into أحمد العمري',
      detail: '3 annotation links changed · Ctrl+Z undoes',
    });
    expect(changeNotice({ label: 'rename', relinked: 0 }, t).detail).toBe('Ctrl+Z undoes');
  });

  it('offers every other spelling for a split, once each', () => {
    expect(splitCandidates('أحمد العمري', ['احمد العمري', 'Ahmed al-Omari'], ['أحمد العمري', 'احمد العمري', 'العمري'])).toEqual([
      'احمد العمري',
      'Ahmed al-Omari',
      'العمري',
    ]);
  });

  it('shortens long names on the chart at a word boundary', () => {
    expect(shortName('أحمد العمري')).toBe('أحمد العمري');
    expect(shortName('المتحدث الرسمي باسم وزارة الخارجية والمغتربين')).toBe('المتحدث الرسمي باسم وزارة…');
  });
});
