import { Errors } from 'isomorphic-git';
import { codedError } from '../../../shared/error-text';
import { IsnadError } from '../../../shared/errors';
import { SERVER_SILENCE_MS } from './transport';

/** Transport failures that mean "the server could not be reached", not "it said no". */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function networkCode(err: unknown): string | null {
  for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

export function isPushRejected(err: unknown): boolean {
  return err instanceof Errors.PushRejectedError || err instanceof Errors.GitPushError;
}

/**
 * One clear sentence per failure a journalist can meet, saying what to do and that nothing
 * was lost. Never includes a token: messages name where the token came from, not its value.
 */
export function describeSyncFailure(err: unknown, context: { url: string; credentials: string; committed: boolean }): IsnadError {
  if (err instanceof IsnadError) return err;
  const host = (() => {
    try {
      return new URL(context.url).host;
    } catch {
      return context.url;
    }
  })();
  const kept = context.committed ? 'committed' : 'saved';
  const network = networkCode(err);
  if (network) {
    const why = network === 'ECONNREFUSED' ? 'refused' : network === 'ENOTFOUND' || network === 'EAI_AGAIN' ? 'dns' : 'other';
    return codedError('unavailable', 'errors.sync.unreachable', { host, why, network, kept });
  }
  // simple-get's words when the connection stayed silent longer than the agent allows.
  if (err instanceof Error && err.message === 'Request timed out') {
    return codedError('unavailable', 'errors.sync.silent', { host, minutes: SERVER_SILENCE_MS / 60_000, kept });
  }
  if (err instanceof Errors.UserCanceledError) {
    return codedError('forbidden', 'errors.sync.noToken', { host, credentials: context.credentials, kept });
  }
  if (err instanceof Errors.HttpError) {
    const status = (err.data as { statusCode?: number }).statusCode;
    if (status === 401) return codedError('forbidden', 'errors.sync.badToken', { host, credentials: context.credentials, kept });
    if (status === 403) return codedError('forbidden', 'errors.sync.forbidden', { host, kept });
    if (status === 404) return codedError('not_found', 'errors.sync.noRepository', { url: context.url, kept }, 'url');
    return codedError('unavailable', 'errors.sync.httpStatus', { host, status: String(status ?? '?'), kept });
  }
  if (err instanceof Errors.SmartHttpError || err instanceof Errors.ParseError) {
    return codedError('unavailable', 'errors.sync.notGit', { url: context.url, kept }, 'url');
  }
  if (err instanceof Errors.UrlParseError || err instanceof Errors.UnknownTransportError) {
    return codedError('invalid_input', 'errors.sync.badUrl', { url: context.url }, 'url');
  }
  if (isPushRejected(err)) return codedError('conflict', 'errors.sync.pushRefused', { kept });
  const message = err instanceof Error ? err.message : String(err);
  return codedError('internal', 'errors.sync.failed', { detail: message, kept });
}
