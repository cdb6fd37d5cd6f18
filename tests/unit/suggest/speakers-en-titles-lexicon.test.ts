import { describe, expect, it } from 'vitest';
import { speakers } from './helpers';

// Invented sentences (issue 12): titles written before a name stay outside its mention (guidelines:
// honorifics and titles before the name are left out).
const mentions = (text: string) => speakers(text).map((s) => s.text);

describe('English speakers: more titles before a name', () => {
  it.each([
    ['The Chief Executive of the board, Madam Efua Boakye, said the board would pay.', 'Efua Boakye'],
    ['The oldest member, Mzee Kiprono Langat, said members must not fight.', 'Kiprono Langat'],
    ['Government Chief Whip Nalin Perera said that the bill was lawful.', 'Nalin Perera'],
    ['Democrat Erin Hall said voters had chosen to turn the page.', 'Erin Hall'],
    ['Minister Datuk Seri Nizam Rahmat said 17 projects were late.', 'Nizam Rahmat'],
  ])('%s', (text, mention) => {
    expect(mentions(text)).toEqual([mention]);
  });
});
