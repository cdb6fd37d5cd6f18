import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests: unnamed people known by where they live, work or own a
// share (a tenant, an employee, a shareholder), with a relative clause between commas.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('English speakers: unnamed tenants, employees and shareholders', () => {
  it('"A longtime tenant, who has lived …, said" speaks through the clause', () => {
    const [speaker] = speakerOf('A longtime tenant, who has lived in the block for years, said the lifts had been broken since June.');
    expect(speaker).toMatch(/^(A )?longtime tenant$/);
  });

  it('an employee and a shareholder kept unnamed are the speakers', () => {
    const [employee] = speakerOf(
      'A current warehouse employee, who has worked at the depot for six years, said the shifts were cut without notice.',
    );
    expect(employee).toMatch(/^(A )?current warehouse employee$/);
    const [holder] = speakerOf('A large shareholder, who asked not to be named, said the board had lost the confidence of investors.');
    expect(holder).toMatch(/^(A )?large shareholder/);
  });

  it('a shareholder spoken to is not the speaker', () => {
    const speakers = speakerOf('The chairman told a shareholder at the meeting that the dividend would be paid in May.');
    expect(speakers.join(' ')).not.toContain('shareholder');
  });
});
