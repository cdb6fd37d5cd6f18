import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Invented headlines (issue 12): the quotation first, then a colon and who said it.
describe('English headlines: “quotation”: speaker', () => {
  it('takes a role after the colon as the speaker, linked to the person the article then introduces', () => {
    const text = [
      'Storm live: all the latest',
      '',
      '6.05pm',
      "'Stay indoors tonight, whatever happens': premier",
      '',
      'The state premier has just finished a briefing, and his message was blunt.',
      '',
      '"Stay indoors tonight, whatever happens," he said.',
    ].join('\n');
    const headline = quotes(text)[0];
    expect(headline?.text).toBe('Stay indoors tonight, whatever happens');
    expect(headline?.attributes.speakerText).toBe('premier');
    expect(speakers(text).map((s) => s.text)).toContain('premier');
  });

  it('reads the role before "on …" in an interview headline, and the answers stay the interviewee’s', () => {
    const text = [
      "'The ground has shifted': Skillsbridge chief on why workers go back to school",
      '',
      'In an interview with The Courier, Skillsbridge Singapore (SSB) chief executive Nora Lim said demand would grow. Here are edited excerpts.',
      '',
      'Q: Why now?',
      '',
      'A: Two reasons. First, the grant. Second, fear of machines.',
    ].join('\n');
    const found = quotes(text);
    expect(found[0]?.attributes.speakerText).toBe('Skillsbridge chief');
    expect(found.at(-1)?.attributes.speakerName).toBe('Nora Lim');
  });

  it('gives no speaker when the words after the colon are not a person', () => {
    const text = ["'Stay off the roads': storm updates as they happen", '', 'Roads are closed across the county.'].join('\n');
    expect(quotes(text)[0]?.attributes.speakerText ?? '').toBe('');
  });
});

describe('English headlines: “Topic: ‘quotation’”', () => {
  it('does not take one word that is no role, no acronym and no name in the article as the speaker', () => {
    const text = [
      'Storm live',
      '',
      '4.42pm',
      "Evacuations: 'We have knocked on every door'",
      '',
      'Shire mayor Carla Brandt says about 6,000 people have been told to leave.',
    ].join('\n');
    expect(speakers(text).map((s) => s.text)).not.toContain('Evacuations');
    expect(quotes(text)[0]?.attributes.speakerText ?? '').toBe('');
  });

  it('still takes a surname the article names, or a role, as the headline’s speaker', () => {
    const named = "Starmer: 'We will not raise taxes'\n\nKeir Starmer said on Monday that taxes would not rise.";
    expect(quotes(named)[0]?.attributes.speakerText).toBe('Starmer');
    expect(quotes("Governor: 'Stay off the roads'\n\nGovernor Ann Roe urged drivers to stay home.")[0]?.attributes.speakerText).toBe(
      'Governor',
    );
  });
});
