import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for this test: an unnamed person described by where they are.
describe('English speakers described by a place', () => {
  it('keeps "a farmer near <place>" as one unnamed speaker, not the place as a name', () => {
    const [q] = quotes('A shepherd near Ballyglass said the new fence cut his land in two.');
    expect(q?.attributes.speakerText).toBe('A shepherd near Ballyglass');
  });

  it('does so for a noun compound before "in", and keeps the quote', () => {
    const [q] = quotes('A market trader in Kisumu said the prices were too high.');
    expect(q?.text).toBe('the prices were too high');
    expect(q?.attributes.speakerText).toBe('A market trader in Kisumu');
  });

  it('still reads a named person after a role in a place', () => {
    const [q] = quotes('Police in Leeds said the road would reopen on Monday.');
    expect(q?.attributes.speakerText).toBe('Police in Leeds');
  });
});
