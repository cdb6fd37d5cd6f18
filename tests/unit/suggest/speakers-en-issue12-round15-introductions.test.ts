import { describe, expect, it } from 'vitest';
import { speakers } from './helpers';

// Invented texts: someone introduced in full by a sentence in which they speak without a clause to
// quote, then quoted by surname.
const marked = (text: string) => speakers(text).map((s) => [s.text, s.attributes.name]);

describe('English speakers: the full name that introduces a speaker quoted later by surname', () => {
  it('marks the introducing name when a verb of speech follows it (urged, lamented, acknowledged)', () => {
    const text = [
      'Governor Lena Okoro has urged drivers to stay off the hill roads tonight.',
      '',
      '“If you can wait until morning, wait,” Okoro said.',
    ].join('\n');
    expect(marked(text)).toEqual([
      ['Lena Okoro', 'Lena Okoro'],
      ['Okoro', 'Lena Okoro'],
    ]);
    const coach = ['Rovers coach Dan Pike lamented a slow start.', '', '“We gave them twenty minutes,” Pike said.'].join('\n');
    expect(marked(coach).map(([t]) => t)).toEqual(['Dan Pike', 'Pike']);
  });

  it('reads past an aside between commas, and takes a relative "who said" inside it', () => {
    const aside = [
      'Board chair Mona Reyes, who backed the plan, acknowledged the anger in the hall.',
      '',
      '“Nobody here wanted this,” Reyes said.',
    ].join('\n');
    expect(marked(aside).map(([t]) => t)).toEqual(['Mona Reyes', 'Reyes']);
    const relative = [
      'Tessa Marlow, a bus driver who said her rent had doubled, spoke first.',
      '',
      '“I cannot keep up,” Marlow said.',
    ].join('\n');
    // The relative's own quote goes to "a bus driver", as before; the name it describes is marked too.
    expect(marked(relative).map(([t]) => t)).toContain('Tessa Marlow');
  });

  it('leaves a name introduced by other acts (scoring, praising, ruing) unmarked', () => {
    const acts = [
      'Winger Sam Idowu scored twice before the break.',
      '',
      '“The space was there,” Idowu said.',
      '',
      'Captain Joel Brandt has hailed the bowling of his attack.',
      '',
      '“Best spell I have seen,” Brandt said.',
      '',
      'Home coach Ruth Calder was left to rue a missed kick.',
      '',
      '“Help is coming,” Calder said.',
    ].join('\n');
    expect(marked(acts).map(([t]) => t)).toEqual(['Idowu', 'Brandt', 'Calder']);
  });
});
