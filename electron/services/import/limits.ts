import { envLimit, maxDocumentCharsFromEnv, positiveNumber } from '../corpus/limits';
import { ImportProblem, formatBytes, parseByteSize } from '../../../shared/import/problems';
import { pdfLimitsFromEnv } from './pdf/limits';
import { importProblem } from '../../../shared/error-text';
import type { CodedText } from '../../../shared/import/report';
import type { CorpusStore } from '../corpus/store';
import type { ReaderContext } from './readers/types';

const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
/**
 * What a zip-based file's (.docx) text parts may unpack to. mammoth holds the XML and its
 * parse tree in memory, up to sixty times the XML's size (60 MB of short paragraphs took
 * 3.7 GB, 15 MB took 1.2 GB), so this keeps reading any file under about 1 GB. Images are
 * never unpacked.
 */
const DEFAULT_MAX_UNZIPPED_BYTES = 12 * 1024 * 1024;
/** Word's own XML packs 5–20×; a part packed over 100× is a bomb (Apache POI's rule too). */
const DEFAULT_MAX_ZIP_RATIO = 100;
const DEFAULT_STEP_SECONDS = 60;

/** The import size limit: ISNAD_MAX_IMPORT_SIZE (e.g. "50MB") if set, else 20 MB. */
export function maxFileBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  return envLimit(env, 'ISNAD_MAX_IMPORT_SIZE', parseByteSize, DEFAULT_MAX_FILE_BYTES, '50MB, 800KB or 1GB (default 20MB)', 'size');
}

export interface ZipLimits {
  /** The text parts together, unpacked. */
  maxUnzippedBytes: number;
  /** Unpacked size over packed size, per entry. */
  maxRatio: number;
}

export function zipLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): ZipLimits {
  return {
    maxUnzippedBytes: envLimit(env, 'ISNAD_MAX_UNZIPPED_SIZE', parseByteSize, DEFAULT_MAX_UNZIPPED_BYTES, '50MB (default 12MB)', 'size'),
    maxRatio: envLimit(env, 'ISNAD_MAX_ZIP_RATIO', positiveNumber, DEFAULT_MAX_ZIP_RATIO, '500 (default 100)'),
  };
}

/** How long one step of an import (reading one file) may take: ISNAD_IMPORT_STEP_TIMEOUT seconds. */
export function stepTimeoutMsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  return envLimit(env, 'ISNAD_IMPORT_STEP_TIMEOUT', positiveNumber, DEFAULT_STEP_SECONDS, '300 (seconds, default 60)') * 1000;
}

/** Every limit at once: called at start so a mistyped setting stops the app where it is seen. */
export function checkLimitSettings(env: NodeJS.ProcessEnv = process.env): void {
  maxFileBytesFromEnv(env);
  zipLimitsFromEnv(env);
  stepTimeoutMsFromEnv(env);
  maxDocumentCharsFromEnv(env);
  pdfLimitsFromEnv(env);
}

export function tooLarge(size: number, limit: number): ImportProblem {
  return importProblem('too-large', 'errors.import.tooLarge', { size: formatBytes(size), limit: formatBytes(limit) });
}

/** Which step of an import ran too long: reading a file, or OCR of one of its pages. */
export interface ImportStep {
  file: string;
  /** 1-based; absent while the file itself is read. */
  page?: number;
}

/** What a step's work is given: the signal that aborts at the limit, made when first asked for. */
export interface StepSignal {
  readonly signal: AbortSignal;
}

/**
 * A step's signal, made on first use and following the import's own signal from then on.
 * A class (not a literal with a getter): a getter literal made afresh per file gets a hidden
 * class of its own each time, and hidden classes live in the old generation.
 */
class LazyStepSignal implements StepSignal {
  readonly #parent: AbortSignal;
  #controller: AbortController | undefined;
  /** Why the step was stopped (the limit), once it was: a signal asked for later starts aborted. */
  #stopped: { reason: unknown } | undefined;
  readonly #cancel = () => this.#controller?.abort(this.#parent.reason);

  constructor(parent: AbortSignal) {
    this.#parent = parent;
  }

  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.#stopped) this.#controller.abort(this.#stopped.reason);
      else if (this.#parent.aborted) this.#controller.abort(this.#parent.reason);
      else this.#parent.addEventListener('abort', this.#cancel, { once: true });
    }
    return this.#controller.signal;
  }

  stop(reason: unknown): void {
    this.#stopped = { reason };
    this.#controller?.abort(reason);
  }

  release(): void {
    if (this.#controller) this.#parent.removeEventListener('abort', this.#cancel);
  }
}

/**
 * Runs one step of an import (reading one file) under the step time limit. The work gets a
 * signal that aborts at the limit (readers stop at their next check) and the import moves
 * on at once with a reason naming the limit, whatever the work does meanwhile.
 *
 * The signal is made only if the work asks for it: a plain text file never does, and Node
 * keeps every AbortController until a full collection (its signal is tracked weakly), so one
 * per file left 500 bytes a file in the old generation of a long import (issue 18).
 */
export async function withinStepTime<T>(
  step: ImportStep,
  signal: AbortSignal,
  work: (step: StepSignal) => Promise<T>,
  ms = stepTimeoutMsFromEnv(),
): Promise<T> {
  const given = new LazyStepSignal(signal);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // The step and the limit as values, so the reason reads in the reader's language and digits.
      const limit = ms >= 1000 ? { seconds: Math.round(ms / 1000), ms: 0 } : { seconds: 0, ms };
      const problem = importProblem('too-slow', 'errors.import.tooSlow', { file: step.file, page: step.page ?? 0, ...limit });
      given.stop(problem);
      reject(problem);
    }, ms);
  });
  try {
    return await Promise.race([work(given), late]);
  } finally {
    clearTimeout(timer);
    given.release();
  }
}

/**
 * What a reader is given under the step time limit: the step's signal is made only if the
 * reader asks for it (see withinStepTime). A class, so every file's context shares one hidden class.
 */
export class StepContext implements ReaderContext {
  readonly store: CorpusStore;
  readonly #step: StepSignal;
  readonly note?: (step: string | CodedText) => void;

  constructor(store: CorpusStore, step: StepSignal, note: ((step: string | CodedText) => void) | undefined) {
    this.store = store;
    this.#step = step;
    if (note) this.note = note;
  }

  get signal(): AbortSignal {
    return this.#step.signal;
  }
}
