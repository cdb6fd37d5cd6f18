import { describeSignature, kindValues } from '../../../../shared/import/decode';
import { zipLimitsFromEnv } from '../limits';
import { readZipTextParts } from '../zip-guard';
import { titleFromName } from './text';
import type { Reader } from './types';
import { importProblem } from '../../../../shared/error-text';

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
    if (bytes.length === 0) throw importProblem('empty', 'errors.import.empty');
    if (!ZIP.every((b, i) => bytes[i] === b)) {
      const kind = describeSignature(bytes);
      throw kind === 'ole'
        ? importProblem('not-docx', 'errors.import.oldWord')
        : kind
          ? importProblem('not-docx', 'errors.import.notZipWhat', kindValues(kind))
          : importProblem('not-docx', 'errors.import.notZip');
    }
    // A small .docx can unpack to gigabytes, and mammoth inflates every part it reads in full.
    const parts = await readZipTextParts(bytes, zipLimitsFromEnv(), context?.signal);
    let text: string;
    // Loaded on first use: a CLI command or a window that imports no .docx never pays for it.
    const { default: mammoth } = await import('mammoth');
    try {
      text = (await mammoth.extractRawText({ buffer: await checkedPackage(parts) })).value;
    } catch (err) {
      const message = (err as Error).message ?? String(err);
      throw importProblem('not-docx', 'errors.import.docxDamaged', { detail: message.split('\n')[0] ?? '' });
    }
    if (text.trim().length === 0) throw importProblem('empty', 'errors.import.docxNoText');
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
