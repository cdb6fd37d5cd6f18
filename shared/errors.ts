/** Every failure that crosses the process boundary carries one of these codes. */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'corpus_locked'
  | 'unsupported_version'
  | 'corrupt_data'
  | 'unavailable'
  | 'cancelled'
  | 'forbidden'
  | 'internal';

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  /** Dotted path of the offending input field, when the input was at fault. */
  field?: string;
}

export class IsnadError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'IsnadError';
    this.code = code;
    if (field !== undefined) this.field = field;
  }

  toInfo(): ErrorInfo {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }

  static from(info: ErrorInfo): IsnadError {
    return new IsnadError(info.code, info.message, info.field);
  }
}

/** What every operation returns over IPC and HTTP; exceptions do not survive either boundary intact. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export function toErrorInfo(err: unknown): ErrorInfo {
  if (err instanceof IsnadError) return err.toInfo();
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'internal', message };
}
