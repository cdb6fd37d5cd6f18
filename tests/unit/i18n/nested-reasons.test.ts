import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkReason, errorAt, errorText } from '../../../shared/error-text';
import { translatorFor } from '../../../shared/i18n/translate';
import { codedIssue } from '../../../shared/input-errors';

// A field refused for a reason of our own ("must be 1–64 letters…"), said of a place inside a place
// (annotations.3 → id): both languages read whole, with no placeholder left unfilled.
const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, checkReason('errors.check.id', { min: 1, max: 64 }));

function nested() {
  const parsed = z.object({ id: Id }).safeParse({ id: 'bad id!' });
  if (parsed.success) throw new Error('the bad id was accepted');
  const inner = codedIssue(parsed.error.issues[0] as z.core.$ZodIssue);
  return errorAt({ ...inner, message: inner.message }, 'annotations.3', 'annotations.3.id');
}

describe('a check reason inside a place inside a place', () => {
  it('reads whole in English and in Arabic, with both places and the reason', () => {
    const err = nested();
    const en = errorText(translatorFor({ language: 'en', digits: 'latn' }), err.toInfo());
    const ar = errorText(translatorFor({ language: 'ar', digits: 'arab' }), err.toInfo());
    for (const text of [en, ar, err.message]) {
      expect(text).not.toMatch(/[{}]/);
      expect(text).toContain('annotations.3');
      expect(text).toContain('id');
    }
    expect(en).toMatch(/^annotations\.3: id: .*64/);
    expect(ar).toMatch(/[\u0600-\u06ff]/);
  });
});
