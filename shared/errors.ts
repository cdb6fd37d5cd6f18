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
  /**
   * The catalog id of `message` (an `errors.…` id) and its values, so every reader shows it
   * in their own language (shared/error-text.ts); `message` stays English for older clients.
   */
  messageId?: string;
  values?: ErrorValues;
}

/** A coded message's values: plain data, so they cross IPC and HTTP as they are. */
export type ErrorValues = Record<string, string | number>;

export class IsnadError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly messageId?: string;
  readonly values?: ErrorValues;

  constructor(code: ErrorCode, message: string, field?: string, coded?: { messageId: string; values?: ErrorValues }) {
    super(message);
    this.name = 'IsnadError';
    this.code = code;
    if (field !== undefined) this.field = field;
    if (coded) {
      this.messageId = coded.messageId;
      if (coded.values) this.values = coded.values;
    }
  }

  toInfo(): ErrorInfo {
    const info: ErrorInfo = { code: this.code, message: this.message };
    if (this.field !== undefined) info.field = this.field;
    if (this.messageId !== undefined) info.messageId = this.messageId;
    if (this.values !== undefined) info.values = this.values;
    return info;
  }

  static from(info: ErrorInfo): IsnadError {
    const coded = info.messageId === undefined ? undefined : { messageId: info.messageId, ...(info.values ? { values: info.values } : {}) };
    // i18n: rebuilds an error from the wire with the id and values it carried.
    return new IsnadError(info.code, info.message, info.field, coded);
  }
}

/** What every operation returns over IPC and HTTP; exceptions do not survive either boundary intact. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export function toErrorInfo(err: unknown): ErrorInfo {
  if (err instanceof IsnadError) return err.toInfo();
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'internal', message };
}
