import type { ErrorValues } from '../errors';

/** Why a file (or a record in it) could not be imported; the UI and the CLI show `message`. */
export type ProblemKind =
  | 'binary'
  | 'empty'
  | 'too-large'
  | 'too-slow'
  | 'invalid-encoding'
  | 'malformed'
  | 'unsupported'
  | 'unreadable'
  | 'no-text'
  | 'not-docx'
  /** PDFs: protected by a password, broken or cut short, or images without a text layer. */
  | 'encrypted'
  | 'damaged'
  | 'scanned'
  | 'needs-mapping'
  | 'dataset';

export class ImportProblem extends Error {
  readonly kind: ProblemKind;
  /** The `errors.import.…` id of `message` and its values, for readers in other languages. */
  readonly messageId?: string;
  readonly values?: ErrorValues;

  constructor(kind: ProblemKind, message: string, coded?: { messageId: string; values?: ErrorValues }) {
    super(message);
    this.name = 'ImportProblem';
    this.kind = kind;
    if (coded) {
      this.messageId = coded.messageId;
      if (coded.values) this.values = coded.values;
    }
  }
}

/**
 * Whether a refused file is a scan that OCR can read here: the reader says "import it with
 * OCR" only when the engine is installed (otherwise it says how to install it), so the CLI
 * and the UI offer OCR only where it can work.
 */
export function offersOcr(outcome: { problem?: ProblemKind; reason?: string }): boolean {
  return outcome.problem === 'scanned' && / with OCR /.test(outcome.reason ?? '');
}

/** "1.5 MB", "820 KB", "12 bytes": sizes as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** Parses "20MB", "512 KB", "1.5mb", "300000": the size-limit option of the CLI and env. */
export function parseByteSize(value: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|bytes?|kb?|kib|mb?|mib|gb?|gib)?\s*$/i.exec(value);
  if (!match) return null;
  const unit = (match[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.floor(Number(match[1]) * factor);
  return bytes > 0 ? bytes : null;
}
