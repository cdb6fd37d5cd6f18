import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorText } from '../../../shared/error-text';
import { schemaIssue } from '../../../shared/exchange/dataset';
import { translatorFor } from '../../../shared/i18n/translate';

// An export refused by its schema names the place once: "malformed: documents.0.title: missing…",
// not "malformed at documents.0.title: documents.0.title: missing…".
const english = translatorFor({ language: 'en', digits: 'latn' });
const arabic = translatorFor({ language: 'ar', digits: 'arab' });

function refusal() {
  const parsed = z.object({ documents: z.array(z.object({ title: z.string() })) }).safeParse({ documents: [{ title: 5 }] });
  if (parsed.success) throw new Error('the bad export was accepted');
  return schemaIssue('desk-export.json', parsed.error.issues[0]);
}

describe('an export refused by its schema', () => {
  it('names the file and the place once, with what is wrong, in both languages', () => {
    const err = refusal();
    const info = { message: err.message, messageId: err.messageId, values: err.values };
    for (const text of [err.message, errorText(english, info), errorText(arabic, info)]) {
      expect(text).toContain('desk-export.json');
      expect(text.split('documents.0.title').length - 1).toBe(1);
      expect(text).not.toMatch(/[{}]/);
    }
    expect(errorText(english, info)).toMatch(
      /^desk-export\.json is malformed: documents\.0\.title: missing, or not a string; nothing was imported\.$/,
    );
  });

  it('says where when the whole file is wrong', () => {
    const err = schemaIssue('desk-export.json', undefined);
    expect(err.message).toMatch(/desk-export\.json is malformed: \(root\)/);
  });
});
