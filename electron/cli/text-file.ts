import { readFile } from 'node:fs/promises';
import { IsnadError } from '../../shared/contract/errors';
import { MAX_TEXT_CHARS } from '../../shared/contract/documents';
import { normalizeText } from '../../shared/text/normalize';

/**
 * Reads a text file the way import does: strict UTF-8 (a wrong encoding is an error, never
 * silently replaced characters), then the one normalization (LF line ends, NFC).
 */
export async function readTextFile(file: string): Promise<string> {
  const bytes = await readFile(file);
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IsnadError('invalid_input', `${file} is not valid UTF-8 text`);
  }
  const text = normalizeText(raw);
  if (text.length > MAX_TEXT_CHARS) throw new IsnadError('invalid_input', `${file} is larger than 20 MB of text`);
  if (text.trim().length === 0) throw new IsnadError('invalid_input', `${file}: text is empty`);
  return text;
}
