import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Invented texts: a person introduced in full with a job before the name, later quoted by surname.
describe('English: the full name of a surname quoted later', () => {
  it('names the speaker without the job word before the full name (Playwright, Pastor, Organiser)', () => {
    const text = [
      'Playwright Odile Marchetti, who wrote four plays for the troupe, remembered a director who was exacting.',
      '',
      '"She would cut your favourite line without blinking," Marchetti said.',
      '',
      'Pastor Ruth Okonjo has started a job club at the chapel.',
      '',
      '"Some found work," Okonjo said.',
    ].join('\n');
    const names = quotes(text).map((q) => q.attributes.speakerName);
    expect(names).toEqual(['Odile Marchetti', 'Ruth Okonjo']);
  });

  it('keeps a surname that is also a job word (Fiona Singer) whole', () => {
    const text = ['Fiona Singer runs the café on the corner.', '', '"We open at six," Singer said.'].join('\n');
    expect(quotes(text).map((q) => q.attributes.speakerName)).toEqual(['Fiona Singer']);
  });
});
