import { describe, expect, it } from 'vitest';
import { suggest } from '../../../shared/suggest';
import { tokenize } from '../../../shared/suggest/tokens';

// Tokens are lower-cased only when they hold a code unit that may change; every rule that looks a
// word up in a lexicon reads that lower-case form, so it must be String.prototype.toLowerCase's.
describe('a token’s lower-case form', () => {
  it('is toLowerCase of its text in every script, capitals or not', () => {
    const text =
      'Said SAID said O’Connell al-Sisi İstanbul ΣΟΦΙΑ Ωmega Ärzte ÉCOLE Ｆｕｌｌ 𐐀𐐁 ﬁrst µ «قال» ، — “Quoted” 1,200 ٪ ¿Qué? Ⅻ ǅ';
    for (const t of tokenize(text)) expect(t.lower, t.text).toBe(t.text.toLowerCase());
  });

  it('lets capitalised words open a quote or a figure', () => {
    const found = suggest('According to the mayor, the bridge will reopen soon. Fourteen people were hurt.');
    expect(found.find((s) => s.type === 'quote')?.attributes).toMatchObject({ cue: 'According to' });
    expect(found.find((s) => s.type === 'figure')).toMatchObject({ text: 'Fourteen people', attributes: { value: 14 } });
  });
});
