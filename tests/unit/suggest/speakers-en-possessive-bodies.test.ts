import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests: a body or role owned by a group written in lower case.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('English speakers: a lower-case plural possessive before a role or body', () => {
  it('"The dockers’ union says" keeps the dockers', () => {
    const [speaker] = speakerOf('The dockers’ union says crews are working 14-hour shifts in the heat.');
    expect(speaker).toMatch(/^(The )?dockers’ union$/);
  });

  it('a plural possessive before a word that is no body stays out', () => {
    const [speaker] = speakerOf('After the farmers’ harvest, the union said prices would fall.');
    expect(speaker).toBe('the union');
  });
});
