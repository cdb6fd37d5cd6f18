import { describe, expect, it } from 'vitest';
import { errorText } from '../../../shared/error-text';
import { translatorFor } from '../../../shared/i18n/translate';
import { decodeText } from '../../../shared/import/decode';
import type { ImportProblem } from '../../../shared/import/problems';

// A text file that is not UTF-8, as the import report says it in Arabic: the byte's value
// reads whole ("0xC3"), not split by the sentence's direction into "C3 0x".
const arabic = translatorFor({ language: 'ar', digits: 'arab' });
const english = translatorFor({ language: 'en', digits: 'latn' });

function refusal(bytes: Uint8Array): ImportProblem {
  try {
    decodeText(bytes);
  } catch (err) {
    return err as ImportProblem;
  }
  throw new Error('the file was taken as UTF-8');
}

describe('a file that is not UTF-8', () => {
  it('gives the offending byte’s value as one piece in both languages', () => {
    const problem = refusal(new Uint8Array([0x41, 0x42, 0xc3, 0x28, 0x43]));
    const info = { message: problem.message, messageId: problem.messageId, values: problem.values };
    expect(errorText(english, info)).toContain('byte 2 (0xC3)');
    expect(errorText(arabic, info)).toContain('\u20680xC3\u2069');
  });
});

/** Bytes of a text in the Windows Arabic code page, made with the decoder's own table. */
function windows1256(text: string): Uint8Array {
  const table = new Map<string, number>();
  const all = new TextDecoder('windows-1256').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  [...all].forEach((char, byte) => table.set(char, byte));
  return Uint8Array.from([...text].map((char) => table.get(char) ?? 0x3f));
}

describe('an Arabic text saved in the Windows Arabic code page', () => {
  const page = windows1256('قال المتحدث باسم البلدية إن أعمال الصيانة في الشارع الرئيسي ستنتهي قبل نهاية الشهر.\r\n');

  it('is still refused, and the reason names the code page and how to save the file again', () => {
    const problem = refusal(page);
    const info = { message: problem.message, messageId: problem.messageId, values: problem.values };
    expect(problem.kind).toBe('invalid-encoding');
    expect(errorText(english, info)).toMatch(
      /^not valid UTF-8 text: it reads as Arabic saved in the Windows Arabic code page \(Windows-1256/,
    );
    expect(errorText(english, info)).toContain('Save the file as UTF-8');
    expect(errorText(arabic, info)).toContain('Windows-1256');
    expect(errorText(arabic, info)).toMatch(/احفظ الملف بترميز UTF-8/);
  });

  it('is not said of a Western text in its own code page', () => {
    const latin1 = Uint8Array.from([...'Le ministre a déclaré que la réforme était prête.'].map((c) => c.charCodeAt(0)));
    const problem = refusal(latin1);
    expect(problem.messageId).toBe('errors.import.invalidUtf8');
  });
});
