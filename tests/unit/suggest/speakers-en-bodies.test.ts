import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests: English speakers described by the body they speak for or
// the place they live in, and a chief named before an appositive title and a relative clause.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('English speakers: bodies, places and titles between commas', () => {
  it('a spokesperson for the named body is the speaker, not the body’s last word', () => {
    const [speaker] = speakerOf('A spokesperson for the Scottish Fire and Rescue Service said crews had been called at 2am.');
    expect(speaker).toMatch(/^(A )?spokesperson for the Scottish Fire and Rescue Service$/);
  });

  it('someone in a place with an adjective before it (in northern Kaduna) is described, not named', () => {
    expect(speakerOf('One head teacher in northern Kaduna told me the roof had leaked since March.')).toEqual([
      'One head teacher in northern Kaduna',
    ]);
  });

  it('a resident of a district, with its city between commas, is not called by the city', () => {
    const [speaker] = speakerOf('A resident of Karen, Nairobi, told reporters the road had been closed for a week.');
    expect(speaker).toMatch(/^(A )?resident of Karen$/);
  });

  it('a chief named before his title and a relative clause between commas', () => {
    // "Nana" is a chief's title, left outside the name like other titles before it.
    expect(speakerOf('Nana Kofi Boateng III, Regional Chief Fisherman, who spoke at the durbar, said catches had halved.')).toEqual([
      'Kofi Boateng III',
    ]);
  });

  it('a dateline in capitals is never the speaker of the sentence after it', () => {
    const speakers = speakerOf(
      'LAHORE: The Punjab Food Authority on Tuesday sealed 14 bakeries, saying they had used unsafe colouring in their sweets.',
    );
    expect(speakers.join(' ')).not.toContain('LAHORE');
  });
});

describe('English speakers: a body’s spokesperson after the verb', () => {
  it('names the spokesperson after the body and an adjective (said Kenya Ports Authority senior spokesperson Amina Wekesa)', () => {
    expect(speakerOf('"The berth will reopen on Monday," said Kenya Ports Authority senior spokesperson Amina Wekesa.')).toEqual([
      'Amina Wekesa',
    ]);
  });
});
