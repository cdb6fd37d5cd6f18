import { parse } from '@formatjs/icu-messageformat-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createDispatcher } from '../../../shared/contract/dispatch';
import { codedError, describeError, errorText } from '../../../shared/error-text';
import { IsnadError } from '../../../shared/errors';
import { decodeText } from '../../../shared/import/decode';
import { CATALOGS, type MessageId } from '../../../shared/i18n/catalogs';
import { messageShape } from '../../../shared/i18n/check';
import { createTranslator } from '../../../shared/i18n/translate';

const en = createTranslator({ language: 'en', digits: 'latn' });
const arabic = createTranslator({ language: 'ar', digits: 'arab' });
const arabicLatin = createTranslator({ language: 'ar', digits: 'latn' });
const errorIds = (Object.keys(CATALOGS.en) as MessageId[]).filter((id) => id.startsWith('errors.'));

/** Values that fit a message's arguments: numbers where it counts or formats, a word elsewhere. */
function sampleValues(id: MessageId): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const entry of messageShape(parse(CATALOGS.en[id]))) {
    const [name, kind] = entry.split(':') as [string, string];
    values[name] = kind === 'number' || kind === 'plural' ? 3 : kind === 'select' ? 'other' : 'report.docx';
  }
  return values;
}

afterEach(() => vi.restoreAllMocks());

describe('coded errors', () => {
  it('every errors.* message renders in English and in Arabic, without a formatting error', () => {
    const logged = vi.spyOn(console, 'error');
    expect(errorIds.length).toBeGreaterThan(60);
    for (const id of errorIds) {
      const values = sampleValues(id);
      const english = en.t(id, values);
      const translated = arabic.t(id, values);
      expect(english, id).not.toBe(id);
      expect(translated, id).toMatch(/[\u0600-\u06FF]/);
      expect(translated, id).not.toBe(english);
      for (const value of Object.values(values))
        if (typeof value === 'string' && value !== 'other') expect(translated, id).toContain(value);
    }
    expect(logged).not.toHaveBeenCalled();
  });

  it('a bad file gives its reason with a code; the English message is unchanged and Arabic reads it in Arabic digits or Latin ones', () => {
    let thrown: unknown;
    try {
      decodeText(new Uint8Array([0x61, 0x62, 0x63, 0x00, 0x64]));
    } catch (err) {
      thrown = err;
    }
    expect((thrown as Error).message).toBe('binary data, not text (a NUL byte at byte 3)');
    expect(describeError(en, thrown)).toBe('binary data, not text (a NUL byte at byte 3)');
    expect(describeError(arabic, thrown)).toBe('بيانات ثنائية وليست نصًّا (بايت صفري عند البايت ٣)');
    expect(describeError(arabicLatin, thrown)).toBe('بيانات ثنائية وليست نصًّا (بايت صفري عند البايت 3)');
  });

  it('crosses the process boundary with its id and values, and an older reader still has the English message', () => {
    const err = codedError('conflict', 'errors.import.duplicate', { title: 'وزير المالية', id: 'd_1' }, 'text');
    const wire = JSON.parse(JSON.stringify(err.toInfo()));
    expect(wire).toEqual({
      code: 'conflict',
      field: 'text',
      message: 'This text is already in the corpus as “وزير المالية” (d_1).',
      messageId: 'errors.import.duplicate',
      values: { title: 'وزير المالية', id: 'd_1' },
    });
    const back = IsnadError.from(wire);
    expect(errorText(arabic, back)).toBe('هذا النص موجود في المدوّنة باسم «وزير المالية» (\u2068d_1\u2069).');
    // An id this build does not know (a newer host): the English message, never the bare id.
    expect(errorText(arabic, { message: 'Something new', messageId: 'errors.fromTheFuture' })).toBe('Something new');
  });

  it('bad input refused by the contract says which field and what is wrong, in both languages', async () => {
    const contract = {
      'test.save': { input: z.object({ url: z.url(), title: z.string().min(3), kind: z.enum(['quote', 'figure']) }), output: z.null() },
    };
    const dispatch = createDispatcher(contract as never, { 'test.save': async () => null } as never, {});
    const cases: Array<[unknown, string, string]> = [
      [{ url: 'not a url', title: 'abc', kind: 'quote' }, 'url: not a web address', 'url: ليس عنوان ويب'],
      [
        { url: 'https://a.org', title: 'ab', kind: 'quote' },
        'title: too short (at least 3 characters)',
        'title: أقصر من اللازم (على الأقل ٣ أحرف)',
      ],
      [
        { url: 'https://a.org', title: 'abc', kind: 'claim' },
        'kind: must be one of quote, figure',
        'kind: يجب أن يكون واحدًا من quote, figure',
      ],
    ];
    for (const [input, english, translated] of cases) {
      const envelope = await dispatch('test.save', input);
      if (envelope.ok) throw new Error('accepted bad input');
      expect(envelope.error.code).toBe('invalid_input');
      expect(errorText(en, envelope.error)).toContain(english);
      // The field's name (Latin) is isolated inside the Arabic sentence.
      expect(errorText(arabic, envelope.error)).toMatch(/^\u2068[a-z.]+\u2069: /);
      expect(errorText(arabic, envelope.error).replace(/[\u2068\u2069]/g, '')).toContain(translated);
    }
  });
});
