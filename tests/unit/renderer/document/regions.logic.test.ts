import { describe, expect, it } from 'vitest';
import { regionsPerParagraph } from '../../../../renderer/src/features/document/regions.logic';
import { splitParagraphs } from '../../../../shared/text/paragraphs';

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
});
