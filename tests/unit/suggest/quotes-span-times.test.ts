import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

const texts = (text: string) => quotes(text).map((q) => q.text);

// "a.m." and "p.m." are written with stops that end no sentence: a reported clause holding a time
// of day runs on to the sentence's real end.
describe('a time of day inside a reported clause', () => {
  it('runs the clause past "a.m." and "p.m." to the end of the sentence', () => {
    expect(texts('Fire chief Dana Reyes said crews had reached the depot at 6:40 a.m., cutting the fire off from the tanks.')).toEqual([
      'crews had reached the depot at 6:40 a.m., cutting the fire off from the tanks',
    ]);
    expect(texts('A neighbour said she heard the alarm around 11:15 p.m. and woke her two sons.')).toEqual([
      'she heard the alarm around 11:15 p.m. and woke her two sons',
    ]);
  });

  it('keeps a weekday after the time in the same sentence', () => {
    expect(texts('Dana Reyes said every house had been checked by 4 a.m. Tuesday. The road reopened later.')).toEqual([
      'every house had been checked by 4 a.m. Tuesday',
    ]);
  });

  it('keeps the last stop of "a.m." when the clause ends there, and still ends the sentence before a new one', () => {
    expect(texts('Dana Reyes said the road reopened at 9 a.m. Traffic was light all day.')).toEqual(['the road reopened at 9 a.m.']);
    expect(texts('About 900 homes lost power; all but 40 were reconnected by 11 a.m., the utility said.')).toEqual([
      'About 900 homes lost power; all but 40 were reconnected by 11 a.m.',
    ]);
  });

  it('leaves the last stop of an Arabic abbreviation outside, as the writers do', () => {
    expect(texts('وأضاف الوزير أن الوزارة تعاقدت على تطوير 20 مخبزاً بتكلفة 45 مليون ج.م.')).toEqual([
      'الوزارة تعاقدت على تطوير 20 مخبزاً بتكلفة 45 مليون ج.م',
    ]);
  });
});
