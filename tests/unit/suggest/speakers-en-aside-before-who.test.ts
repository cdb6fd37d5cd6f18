import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Invented sentences (issue 12): a party bracket or tag between a name and ", who …, said".
const credited = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);

describe('English speakers: a bracket or party tag before a relative clause', () => {
  it('reads past a short bracket to the name before ", who …, said"', () => {
    expect(credited('Cllr Maeve Dunne (FF), who proposed the motion, said the town had waited for years.')).toEqual([
      ['the town had waited for years', 'Maeve Dunne'],
    ]);
  });

  it('reads past a party tag to the name before ", who said"', () => {
    expect(credited('That did not satisfy Sen. Ruth Alvarez, D-Ore., who said the season would not wait.')).toEqual([
      ['the season would not wait', 'Ruth Alvarez'],
    ]);
  });
});
