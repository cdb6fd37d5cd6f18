import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Invented sentences (issue 12): a post with its body, then the holder's name between commas.
const credited = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);

describe('English speakers: the holder named after a post and its body', () => {
  it('credits the name, not the body the post belongs to', () => {
    expect(credited('The chief executive of Harbour Foods Ltd, Nadia Farr, said branch numbers had stabilised.')).toEqual([
      ['branch numbers had stabilised', 'Nadia Farr'],
    ]);
    expect(credited('The Minister for Tourism, Arts and Culture, Abena Owusu, said the government would help.')).toEqual([
      ['the government would help', 'Abena Owusu'],
    ]);
  });

  it('keeps a body that speaks for itself before a name that is no person', () => {
    expect(credited('A resident of Karen, Nairobi, said the road was shut.')).toEqual([['the road was shut', 'A resident of Karen']]);
  });
});
