import { describe, expect, it } from 'vitest';
import { errorText } from '../../../shared/error-text';
import { translatorFor } from '../../../shared/i18n/translate';
import { decodeText } from '../../../shared/import/decode';
import type { ImportProblem } from '../../../shared/import/problems';

// A file dropped by mistake is named for what it is (an image, a program, an archive): in the
// reader's language, not English words set inside an Arabic sentence.
const arabic = translatorFor({ language: 'ar', digits: 'arab' });
const english = translatorFor({ language: 'en', digits: 'latn' });

function refusal(bytes: number[]): ImportProblem {
  try {
    decodeText(new Uint8Array([...bytes, 0x41, 0x42, 0x43, 0x44]));
  } catch (err) {
    return err as ImportProblem;
  }
  throw new Error('the file was taken as text');
}

const KINDS: Array<[string, number[], RegExp]> = [
  ['program', [0x7f, 0x45, 0x4c, 0x46], /^this is a program \(ELF\), not text$/],
  ['image', [0x89, 0x50, 0x4e, 0x47], /^this is a PNG image, not text$/],
  ['archive', [0x50, 0x4b, 0x03, 0x04], /^this is a ZIP archive \(a \.docx, \.xlsx or \.epub renamed\?\), not text$/],
];

describe('a binary file named for what it is', () => {
  it.each(KINDS)('a %s: in English as before, in Arabic without English words', (_, bytes, english_) => {
    const problem = refusal(bytes);
    const info = { message: problem.message, messageId: problem.messageId, values: problem.values };
    expect(problem.message).toMatch(english_);
    expect(errorText(english, info)).toMatch(english_);
    const ar = errorText(arabic, info);
    expect(ar).toMatch(/[\u0600-\u06ff]/);
    expect(ar).not.toMatch(/\b(a|an|program|image|archive|renamed)\b/);
    expect(ar).not.toMatch(/[{}]/);
  });
});
