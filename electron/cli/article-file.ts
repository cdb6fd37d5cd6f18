import { readFile } from 'node:fs/promises';
import { type PreparedArticle, prepareArticle } from '../../shared/import/prepare';
import { checkImportLength } from '../services/corpus/limits';
import type { CorpusStore } from '../services/corpus/store';
import { docxReader } from '../services/import/readers/docx';
import { htmlReader } from '../services/import/readers/html';
import { extensionOf } from '../services/import/readers/index';
import { textReader } from '../services/import/readers/text';
import type { Reader, ReaderContext } from '../services/import/readers/types';
import { codedError } from '../../shared/error-text';

/** One article per file: the formats `isnad suggest` reads, with import's own readers. */
const READERS: Reader[] = [textReader, htmlReader, docxReader];
const ARTICLE_EXTENSIONS = READERS.flatMap((r) => r.extensions);

// These readers touch neither the corpus nor the signal; they only turn bytes into text.
const NO_CORPUS: ReaderContext = { store: null as unknown as CorpusStore, signal: new AbortController().signal };

/**
 * Reads a file exactly as import does: the same decoding (strict UTF-8, or UTF-16 with a
 * byte-order mark; a wrong encoding is an error with the byte where it fails), the same
 * HTML and .docx extraction, the same normalization (LF, NFC) and the same boilerplate
 * regions, so offsets match those of the imported document.
 */
export async function readArticleFile(file: string): Promise<PreparedArticle> {
  const reader = READERS.find((r) => r.extensions.includes(extensionOf(file)));
  if (!reader) {
    throw codedError('invalid_input', 'errors.suggest.unsupportedFile', {
      ext: extensionOf(file) || '(none)',
      supported: ARTICLE_EXTENSIONS.join(' '),
    });
  }
  const bytes = await readFile(file);
  const result = await reader.read({ name: file, bytes }, NO_CORPUS);
  if (result.kind !== 'articles' || result.articles.length !== 1) throw codedError('invalid_input', 'errors.suggest.noArticle');
  const draft = result.articles[0] as NonNullable<(typeof result.articles)[0]>;
  checkImportLength(draft.text);
  return prepareArticle(draft);
}
