import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import {
  ARABIC_PARAGRAPHS,
  ARABIC_TITLE,
  ENGLISH_PARAGRAPHS,
  ENGLISH_TITLE,
  FIGURES_INTRO,
  FIGURES_OUTRO,
  FIGURES_ROWS,
  FIGURES_TITLE,
  MIXED_PARAGRAPHS,
  REPORT_HEADER,
} from './pdf-articles';

/**
 * Real PDFs for the tests, printed by Chromium (`page.pdf()`), which shapes Arabic the way
 * browsers and word processors do: glyphs in visual order, presentation forms, ligatures.
 * Each layout says what text it holds, so an import can be compared with it.
 */

export const CHROMIUM = process.env.ISNAD_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export interface PdfLayout {
  name: string;
  /** The body text in reading order, paragraphs separated by blank lines (no running heads). */
  expected: string;
  html: string;
  /** A4 unless said otherwise. */
  format?: 'A4' | 'A5';
  headerTemplate?: string;
  footerTemplate?: string;
  /** Running heads printed on every page, which the import must mark as boilerplate. */
  runningHeads?: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(lang: string, dir: string, css: string, body: string): string {
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><style>
body { font-family: 'Noto Naskh Arabic', 'Noto Serif', serif; font-size: 13pt; line-height: 1.6; margin: 0; }
h1 { font-size: 20pt; line-height: 1.3; }
p { margin: 0 0 0.8em; }
${css}</style></head><body>${body}</body></html>`;
}

const paras = (list: string[], attrs = '') => list.map((p) => `<p${attrs}>${esc(p)}</p>`).join('\n');
const joined = (...parts: string[]) => parts.join('\n\n');

/**
 * A paragraph set line by line, justified, the way a word processor sets a report: long
 * words that do not fit at a line's end are broken with a hyphen ("govern-" / "ment"),
 * which the import must mend. Lines are cut by character count, so the page stays put.
 */
function hyphenated(text: string, perLine: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const room = perLine - line.length - (line ? 1 : 0);
    if (word.length <= room) {
      line = line ? `${line} ${word}` : word;
      continue;
    }
    if (/^[a-z]{8,}$/.test(word) && room >= 5) {
      const cut = Math.min(room - 1, word.length - 3);
      lines.push(`${line} ${word.slice(0, cut)}-`);
      line = word.slice(cut);
      continue;
    }
    lines.push(line);
    line = word;
  }
  lines.push(line);
  const full = (l: string) => `<span class="line full">${esc(l)}</span>`;
  return `<p>${lines.slice(0, -1).map(full).join('')}<span class="line">${esc(lines[lines.length - 1] as string)}</span></p>`;
}

export const PDF_LAYOUTS: PdfLayout[] = [
  {
    name: 'Arabic, one column',
    expected: joined(ARABIC_TITLE, ...ARABIC_PARAGRAPHS),
    html: page('ar', 'rtl', '', `<h1>${esc(ARABIC_TITLE)}</h1>${paras(ARABIC_PARAGRAPHS)}`),
  },
  {
    name: 'English, one column, hyphenated',
    expected: joined(ENGLISH_TITLE, ...ENGLISH_PARAGRAPHS),
    html: page(
      'en',
      'ltr',
      'body { font-family: "Noto Serif", serif; font-size: 11pt; } p { width: 15cm; } .line { display: block; white-space: nowrap; } .full { text-align: justify; text-align-last: justify; }',
      `<h1>${esc(ENGLISH_TITLE)}</h1>${ENGLISH_PARAGRAPHS.map((p) => hyphenated(p, 78)).join('')}`,
    ),
  },
  {
    name: 'Arabic, two columns',
    expected: joined(ARABIC_TITLE, ...ARABIC_PARAGRAPHS, ...ARABIC_PARAGRAPHS.slice(0, 4)),
    html: page(
      'ar',
      'rtl',
      '.cols { column-count: 2; column-gap: 1.2cm; text-align: justify; } body { font-size: 12pt; }',
      `<h1>${esc(ARABIC_TITLE)}</h1><div class="cols">${paras([...ARABIC_PARAGRAPHS, ...ARABIC_PARAGRAPHS.slice(0, 4)])}</div>`,
    ),
  },
  {
    name: 'Arabic report, running header and page numbers',
    expected: joined(ARABIC_TITLE, ...ARABIC_PARAGRAPHS, ...ARABIC_PARAGRAPHS),
    runningHeads: true,
    html: page('ar', 'rtl', '', `<h1>${esc(ARABIC_TITLE)}</h1>${paras([...ARABIC_PARAGRAPHS, ...ARABIC_PARAGRAPHS])}`),
    headerTemplate: `<div dir="rtl" style="font-family:'Noto Naskh Arabic';font-size:9pt;width:100%;text-align:center;">${esc(REPORT_HEADER)}</div>`,
    footerTemplate: `<div dir="rtl" style="font-family:'Noto Naskh Arabic';font-size:9pt;width:100%;text-align:center;">صفحة <span class="pageNumber"></span> من <span class="totalPages"></span></div>`,
  },
  {
    name: 'Arabic and English mixed',
    expected: joined(ARABIC_TITLE, ...MIXED_PARAGRAPHS, ENGLISH_PARAGRAPHS[0] as string, ARABIC_PARAGRAPHS[0] as string),
    html: page(
      'ar',
      'rtl',
      '',
      `<h1>${esc(ARABIC_TITLE)}</h1>${paras(MIXED_PARAGRAPHS, ' dir="auto"')}<p dir="ltr" lang="en">${esc(ENGLISH_PARAGRAPHS[0] as string)}</p><p>${esc(ARABIC_PARAGRAPHS[0] as string)}</p>`,
    ),
  },
  {
    name: 'Arabic with a table of figures',
    expected: joined(FIGURES_TITLE, FIGURES_INTRO, ...FIGURES_ROWS.map((r) => r.join(' ')), FIGURES_OUTRO),
    html: page(
      'ar',
      'rtl',
      'table { border-collapse: collapse; margin: 1em 0; } td, th { border: 1px solid #999; padding: 4pt 14pt; text-align: start; }',
      `<h1>${esc(FIGURES_TITLE)}</h1><p>${esc(FIGURES_INTRO)}</p><table>${FIGURES_ROWS.map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('')}</table><p>${esc(FIGURES_OUTRO)}</p>`,
    ),
  },
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
}

/** Prints HTML to a PDF file with Chromium. */
export async function printPdf(
  browser: Browser,
  html: string,
  path: string,
  options: Pick<PdfLayout, 'format' | 'headerTemplate' | 'footerTemplate'> = {},
): Promise<string> {
  const tab = await browser.newPage();
  try {
    await tab.setContent(html, { waitUntil: 'load' });
    await tab.evaluate(() => document.fonts.ready.then(() => undefined));
    const heads = options.headerTemplate !== undefined || options.footerTemplate !== undefined;
    await tab.pdf({
      path,
      format: options.format ?? 'A4',
      margin: heads
        ? { top: '2.2cm', bottom: '2.2cm', left: '2cm', right: '2cm' }
        : { top: '1.8cm', bottom: '1.8cm', left: '2cm', right: '2cm' },
      displayHeaderFooter: heads,
      headerTemplate: options.headerTemplate ?? '<span></span>',
      footerTemplate: options.footerTemplate ?? '<span></span>',
    });
  } finally {
    await tab.close();
  }
  return path;
}

/** Every layout printed into `dir`; returns each layout with its file's path. */
export async function printLayouts(dir: string, layouts: PdfLayout[] = PDF_LAYOUTS): Promise<Array<PdfLayout & { path: string }>> {
  const browser = await launchChromium();
  try {
    const out: Array<PdfLayout & { path: string }> = [];
    for (const [i, layout] of layouts.entries()) {
      const path = join(dir, `layout-${i + 1}.pdf`);
      await printPdf(browser, layout.html, path, layout);
      out.push({ ...layout, path });
    }
    return out;
  } finally {
    await browser.close();
  }
}
