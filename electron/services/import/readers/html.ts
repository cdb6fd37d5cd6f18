import type { Readability } from '@mozilla/readability';
import type { parseHTML } from 'linkedom';
import { decodeDeclared, decodeText } from '../../../../shared/import/decode';
import { type DomNode, domToText } from './html-text';
import { replacementWarning, titleFromName } from './text';
import type { Reader } from './types';
import { codedText, importProblem } from '../../../../shared/error-text';
import type { CodedText } from '../../../../shared/import/report';

/** `<meta charset="windows-1256">` or the http-equiv form, read from the page's first bytes. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return match ? (match[1] as string).toLowerCase() : null;
}

function decodePage(bytes: Uint8Array): { html: string; warnings: CodedText[] } {
  const charset = declaredCharset(bytes);
  if (charset && !/^(utf-?8|unicode-1-1-utf-8)$/.test(charset) && !(bytes[0] === 0xff || bytes[0] === 0xfe || bytes[0] === 0xef)) {
    return { html: decodeDeclared(bytes, charset), warnings: [codedText('import.warning.decodedDeclared', { charset })] };
  }
  const decoded = decodeText(bytes);
  return { html: decoded.text, warnings: replacementWarning(decoded.replacementChars) };
}

/** linkedom's document; the main process has no DOM lib, so the global Document type is not ours to use. */
type PageDocument = ReturnType<typeof parseHTML>['document'];

function meta(document: PageDocument, ...names: string[]): string {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return '';
}

/**
 * Saved web pages: the article is found by Readability over a linkedom DOM, then reduced to
 * plain text. Title, byline, site name and published date become document metadata.
 */
export const htmlReader: Reader = {
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  async read({ name, bytes }) {
    const { html, warnings } = decodePage(bytes);
    // Loaded on first use: a CLI command or a window that imports no web page never pays for them.
    const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
    const { document } = parseHTML(html);
    for (const el of document.querySelectorAll('script, style, noscript, template, iframe, object, embed')) el.remove();
    const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta(document, 'og:url');
    const docTitle = document.title?.trim() ?? '';
    const bodyText = document.body ? domToText(document.body as unknown as DomNode) : '';
    let article: ReturnType<Readability<string>['parse']> = null;
    try {
      article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
    } catch {
      article = null;
    }
    let text = '';
    if (article?.content)
      text = domToText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as unknown as DomNode);
    if (text.trim().length === 0) {
      text = bodyText;
      if (text.trim().length > 0) warnings.push(codedText('import.warning.noArticle'));
    }
    if (text.trim().length === 0) {
      throw importProblem('no-text', 'errors.import.htmlNoText');
    }
    return {
      kind: 'articles',
      articles: [
        {
          text,
          title: article?.title?.trim() || docTitle || titleFromName(name),
          source: {
            url: url ?? '',
            author: article?.byline?.trim() ?? '',
            outlet: article?.siteName?.trim() ?? '',
            publishedAt: (article?.publishedTime ?? '').trim().slice(0, 40),
          },
          outletFromMetadata: 'fallback',
        },
      ],
      warnings,
    };
  },
};
