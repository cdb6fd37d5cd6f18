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
