import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OcrEngine, OcrPageRequest, OcrPageText, OcrReadiness } from './engine';
import { cancelledByUser, codedError } from '../../../shared/error-text';

/**
 * Tesseract through its command line, with poppler's pdftoppm to turn a PDF page into an
 * image. Both are found on PATH, or at ISNAD_TESSERACT / ISNAD_PDFTOPPM.
 */

export const INSTALL_TESSERACT =
  'Debian or Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-ara tesseract-ocr-eng poppler-utils · ' +
  'macOS (Homebrew): brew install tesseract tesseract-lang poppler · ' +
  'Windows: install Tesseract with its Arabic language data and poppler, and put both on PATH; then import the PDF again';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to its end; an abort (cancel, or the step's time limit) kills it at once. */
function run(command: string, args: string[], signal?: AbortSignal): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      // One thread each: the machine is shared with the app and other imports.
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      if (stdout.length < 16 * 1024 * 1024) stdout += d.toString('utf-8');
    });
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 64 * 1024) stderr += d.toString('utf-8');
    });
    // A killed program is waited for until it has exited: the cancel is over only when no
    // program of it is left running (or unreaped) behind the journalist's back.
    let stopped: Error | null = null;
    const onAbort = () => {
      stopped = signal?.reason instanceof Error && !(signal.reason instanceof DOMException) ? signal.reason : cancelledByUser();
      child.kill('SIGKILL');
    };
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (err) => {
      signal?.removeEventListener('abort', onAbort);
      reject(stopped ?? err);
    });
    child.on('close', (code) => {
      signal?.removeEventListener('abort', onAbort);
      if (stopped) reject(stopped);
      else resolve({ code, stdout, stderr });
    });
  });
}

function missing(err: unknown): boolean {
  return (err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'EACCES';
}

/** Mean confidence of the words in Tesseract's TSV output (conf -1 marks non-word rows). */
export function meanConfidence(tsv: string): number | null {
  let sum = 0;
  let words = 0;
  for (const line of tsv.split('\n').slice(1)) {
    const cells = line.split('\t');
    const conf = Number(cells[10]);
    if (cells.length >= 12 && conf >= 0 && (cells[11] ?? '').trim()) {
      sum += conf;
      words++;
    }
  }
  return words === 0 ? null : Math.round((sum / words) * 10) / 1000;
}

export class TesseractEngine implements OcrEngine {
  readonly #tesseract: string;
  readonly #pdftoppm: string;

  constructor(env: NodeJS.ProcessEnv = process.env) {
    this.#tesseract = env.ISNAD_TESSERACT || 'tesseract';
    this.#pdftoppm = env.ISNAD_PDFTOPPM || 'pdftoppm';
  }

  async check(): Promise<OcrReadiness> {
    let version: Run;
    try {
      version = await run(this.#tesseract, ['--version']);
    } catch (err) {
      if (missing(err)) return { ready: false, reason: 'Tesseract OCR is not installed', install: INSTALL_TESSERACT };
      throw err;
    }
    const name = /tesseract\s+v?([\d.]+)/i.exec(version.stdout + version.stderr);
    const langs = await run(this.#tesseract, ['--list-langs']);
    const languages = (langs.stdout + langs.stderr)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^[a-z_]{3,}$/i.test(l) && l !== 'osd');
    if (!languages.includes('ara')) {
      return { ready: false, reason: 'Tesseract is installed without its Arabic language data', install: INSTALL_TESSERACT };
    }
    try {
      await run(this.#pdftoppm, ['-v']);
    } catch (err) {
      if (missing(err))
        return {
          ready: false,
          reason: 'pdftoppm (poppler), which turns PDF pages into images for Tesseract, is not installed',
          install: INSTALL_TESSERACT,
        };
      throw err;
    }
    return { ready: true, engine: `Tesseract ${name?.[1] ?? ''}`.trim(), languages };
  }

  async readPage(request: OcrPageRequest): Promise<OcrPageText> {
    const dir = await mkdtemp(join(tmpdir(), 'isnad-ocr-'));
    try {
      const image = join(dir, 'page');
      const page = String(request.page);
      const raster = await run(
        this.#pdftoppm,
        ['-r', String(request.dpi), '-gray', '-png', '-singlefile', '-f', page, '-l', page, request.pdfPath, image],
        request.signal,
      );
      if (raster.code !== 0)
        throw codedError('unavailable', 'errors.ocr.rasterFailed', { page, technical: raster.stderr.trim().split('\n')[0] ?? '' });
      const out = join(dir, 'text');
      const ocr = await run(this.#tesseract, [`${image}.png`, out, '-l', request.languages.join('+'), 'txt', 'tsv'], request.signal);
      if (ocr.code !== 0)
        throw codedError('unavailable', 'errors.ocr.tesseractFailed', { page, technical: ocr.stderr.trim().split('\n').pop() ?? '' });
      const [text, tsv] = await Promise.all([readFile(`${out}.txt`, 'utf-8'), readFile(`${out}.tsv`, 'utf-8').catch(() => '')]);
      return { text, confidence: meanConfidence(tsv) };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
