import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Headlines written for these tests (no article's wording): issue 12 round 15, where a headline's
// speaker spoke (أمام النواب، أمام المجلس) is no part of who spoke.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('a headline speaker followed by أمام and a place', () => {
  it('ends the speaker before أمام', () => {
    expect(speakerOf('الحمداني أمام النواب: «لا زيادة في أسعار الكهرباء هذا العام»')).toEqual(['الحمداني']);
  });

  it('keeps a role and its holder, without where they spoke', () => {
    expect(speakerOf('وزير المالية أمام مجلس الشورى: «العجز سينخفض في السنة المقبلة»')).toEqual(['وزير المالية']);
  });
});
