import { describeSignature } from '../../../../shared/import/decode';
import { ImportProblem } from '../../../../shared/import/problems';
import { zipLimitsFromEnv } from '../limits';
import { readZipTextParts } from '../zip-guard';
import { titleFromName } from './text';
import type { Reader } from './types';

const ZIP = [0x50, 0x4b, 0x03, 0x04];

function xmlText(xml: string, tag: string): string {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  if (!match) return '';
  return (match[1] as string)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/** Title, author and date from docProps/core.xml, when Word filled them in. */
function coreProperties(parts: Map<string, Buffer>): { title: string; author: string; created: string } {
  const core = parts.get('docProps/core.xml')?.toString('utf-8');
  if (!core) return { title: '', author: '', created: '' };
  return { title: xmlText(core, 'dc:title'), author: xmlText(core, 'dc:creator'), created: xmlText(core, 'dcterms:created') };
}

/**
 * The text parts, checked against the unpacking limits, packed again without compression:
 * mammoth then reads only what was measured, and nothing it inflates can grow.
 */
async function checkedPackage(parts: Map<string, Buffer>): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  for (const [name, data] of parts) zip.file(name, data);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

/** Word documents: text by mammoth, one paragraph per line, blank line between. */
export const docxReader: Reader = {
  format: 'docx',
  extensions: ['.docx'],
  async read({ name, bytes }, context) {
    if (bytes.length === 0) throw new ImportProblem('empty', 'the file is empty (0 bytes)');
    if (!ZIP.every((b, i) => bytes[i] === b)) {
      const what = describeSignature(bytes);
      throw new ImportProblem(
        'not-docx',
        what?.startsWith('an old Word')
          ? 'this is an old Word 97–2003 .doc file renamed .docx; open it in Word or LibreOffice and save it as .docx'
          : `not a Word document: a .docx file is a ZIP archive and this one is not${what ? ` (it is ${what})` : ''}`,
      );
    }
    // A small .docx can unpack to gigabytes, and mammoth inflates every part it reads in full.
    const parts = await readZipTextParts(bytes, zipLimitsFromEnv(), 'the .docx file', context?.signal);
    let text: string;
    // Loaded on first use: a CLI command or a window that imports no .docx never pays for it.
    const { default: mammoth } = await import('mammoth');
    try {
      text = (await mammoth.extractRawText({ buffer: await checkedPackage(parts) })).value;
    } catch (err) {
      const message = (err as Error).message ?? String(err);
      throw new ImportProblem('not-docx', `the .docx file is damaged or not a Word document (${message.split('\n')[0]})`);
    }
    if (text.trim().length === 0) throw new ImportProblem('empty', 'the Word document has no text');
    const props = coreProperties(parts);
    return {
      kind: 'articles',
      articles: [
        {
          text: text.replace(/\n{3,}/g, '\n\n').trim(),
          title: props.title || titleFromName(name),
          source: { author: props.author, publishedAt: props.created.slice(0, 40) },
        },
      ],
      warnings: [],
    };
  },
};
