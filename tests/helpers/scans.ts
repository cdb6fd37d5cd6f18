import { execFile, spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What OCR tests need on this machine: Tesseract with Arabic, poppler's pdftoppm, img2pdf. */
export function scanToolsMissing(): string[] {
  const missing: string[] = [];
  const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf-8' });
  if (langs.status !== 0) missing.push('tesseract-ocr');
  else if (!/\bara\b/.test(langs.stdout + langs.stderr)) missing.push('tesseract-ocr-ara');
  if (spawnSync('pdftoppm', ['-v']).status !== 0) missing.push('poppler-utils');
  if (spawnSync('img2pdf', ['--version']).status !== 0) missing.push('img2pdf');
  return missing;
}

/**
 * A scan of a PDF, as an office scanner makes one: every page drawn at `dpi` into a
 * greyscale image (pdftoppm), the images put back into a PDF with no text layer (img2pdf).
 */
export async function scanOf(pdf: string, dir: string, dpi = 300): Promise<string> {
  const prefix = join(dir, 'scan');
  await run('pdftoppm', ['-r', String(dpi), '-gray', '-png', pdf, prefix]);
  const images = (await readdir(dir))
    .filter((f) => f.startsWith('scan') && f.endsWith('.png'))
    .sort()
    .map((f) => join(dir, f));
  const out = join(dir, 'scanned.pdf');
  await run('img2pdf', ['--output', out, ...images]);
  return out;
}
