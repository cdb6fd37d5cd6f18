import { describe, expect, it } from 'vitest';
import { regionTitle, regionsPerParagraph } from '../../../../renderer/src/features/document/regions.logic';
import { splitParagraphs } from '../../../../shared/text/paragraphs';
import { createTranslator } from '../../../../shared/i18n/translate';

const { t } = createTranslator({ language: 'en', digits: 'latn' });
const ar = createTranslator({ language: 'ar', digits: 'latn' }).t;
// The label is the article's own words, isolated so its direction cannot reorder the title.
const iso = (s: string) => `\u2068${s}\u2069`;

describe('regionsPerParagraph', () => {
  const text = 'Article.\n\nRead also: other story\n\nSource: agencies\nKeywords: a b';
  const paragraphs = splitParagraphs(text);
  const region = (id: string, from: string, to: string) => ({
    id,
    start: text.indexOf(from),
    end: text.indexOf(to) + to.length,
    kind: 'read-also',
    label: '',
    excluded: true,
  });

  it('marks every paragraph of a region, and only the first carries the label', () => {
    const layout = regionsPerParagraph(paragraphs, [region('b', 'Source', 'a b'), region('a', 'Read', 'story')]);
    expect(layout.map((l) => (l ? `${l.region.id}${l.first ? '*' : ''}` : '-'))).toEqual(['-', 'a*', 'b*', 'b']);
  });

  it('names regions for people', () => {
    expect(regionTitle({ kind: 'read-also', label: '' }, t)).toBe(`Boilerplate · ${iso('read also')}`);
    expect(regionTitle({ kind: 'footer', label: 'source and keywords' }, t)).toBe(`Boilerplate · ${iso('source and keywords')}`);
    expect(regionTitle({ kind: 'footer', label: 'اقرأ أيضًا' }, ar)).toBe(`نص متكرر · ${iso('اقرأ أيضًا')}`);
  });
});
