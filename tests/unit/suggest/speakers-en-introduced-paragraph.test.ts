import { describe, expect, it } from 'vitest';
import { ACCEPT_ALL_THRESHOLD } from '../../../shared/suggest/calibration';
import { quotes } from './helpers';

// Invented texts (issue 12): someone introduced by a sentence about them, then quoted with no verb
// of saying, or with a pronoun; and a person called later by the middle one of three names.
describe('English: a speaker introduced before the quotation', () => {
  it('credits a quotation paragraph to the subject of the one-sentence paragraph before it, for review', () => {
    const text = [
      'Floods close the coast road',
      '',
      'Police commissioner Tara Quinn said the coast road would stay shut until Friday.',
      '',
      'Quinn had a stark warning for anyone tempted to drive through floodwater.',
      '',
      '"If it is flooded, forget it. We lost two people on this road last winter."',
    ].join('\n');
    const last = quotes(text).at(-1);
    expect(last?.attributes.speakerName).toBe('Tara Quinn');
    // Less sure than a quotation in the introduction's own paragraph: left for review, not accepted by Accept all.
    expect(last?.confidence).toBeLessThan(ACCEPT_ALL_THRESHOLD);
  });

  it('credits someone unnamed who "put it more bluntly" in the paragraph before', () => {
    const text = [
      'A farmer, leaning on the gate with a flask of tea, put it more bluntly.',
      '',
      '“Without rain, this valley is a dust bowl by August.”',
    ].join('\n');
    expect(quotes(text).map((q) => q.attributes.speakerText)).toEqual(['A farmer']);
  });

  it('does not credit a paragraph of several sentences as an introduction', () => {
    const text = [
      'Ravi Menon spoke at the hearing last week.',
      '',
      'Ravi Menon runs the depot. The depot has 40 buses. Most are old.',
      '',
      '"Nobody has asked the drivers what they think of the new timetable."',
    ].join('\n');
    expect(quotes(text).at(-1)?.attributes.speakerName ?? '').toBe('');
  });

  it('lets a definite role introduced just before be "he" or "she" (the state premier … he said)', () => {
    const text = [
      'The state premier has just finished a briefing, and his message was blunt.',
      '',
      '"Stay indoors tonight, whatever happens," he said.',
    ].join('\n');
    expect(quotes(text).map((q) => q.attributes.speakerText)).toEqual(['The state premier']);
  });

  it('finds the full name of a person called by the middle one of three names', () => {
    const text = [
      'By sunrise, Mary Achieng Otieno has queued at the kiosk twice.',
      '',
      '"The tap ran for ten minutes yesterday," says Achieng, who sells chapati. "Today, nothing."',
    ].join('\n');
    expect(quotes(text).map((q) => q.attributes.speakerName)).toEqual(['Mary Achieng Otieno', 'Mary Achieng Otieno']);
  });
});
