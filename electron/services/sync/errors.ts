import { Errors } from 'isomorphic-git';
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
  const kept = context.committed
    ? 'Your changes are saved and committed on this computer; they will be shared by the next sync.'
    : 'Your changes are saved on this computer; nothing was lost.';
  const network = networkCode(err);
  if (network) {
    const why =
      network === 'ECONNREFUSED'
        ? 'the connection was refused'
        : network === 'ENOTFOUND' || network === 'EAI_AGAIN'
          ? 'the name does not resolve'
          : `network error ${network}`;
    return new IsnadError(
      'unavailable',
      `Could not reach the git server ${host} (${why}). Check the network connection and the address. ${kept}`,
    );
  }
  // simple-get's words when the connection stayed silent longer than the agent allows.
  if (err instanceof Error && err.message === 'Request timed out') {
    return new IsnadError(
      'unavailable',
      `The git server ${host} stopped answering (nothing for ${SERVER_SILENCE_MS / 60_000} minutes). Try again later, or ask whoever runs it. ${kept}`,
    );
  }
  if (err instanceof Errors.UserCanceledError) {
    return new IsnadError(
      'forbidden',
      `The git server ${host} asks for a token and none was given. Set one in ${context.credentials}. ${kept}`,
    );
  }
  if (err instanceof Errors.HttpError) {
    const status = (err.data as { statusCode?: number }).statusCode;
    if (status === 401)
      return new IsnadError(
        'forbidden',
        `The git server ${host} refused the token (HTTP 401). Check the token in ${context.credentials}. ${kept}`,
      );
    if (status === 403)
      return new IsnadError(
        'forbidden',
        `The git server ${host} refused access (HTTP 403): the token may not read or write this repository. ${kept}`,
      );
    if (status === 404)
      return new IsnadError('not_found', `There is no repository at ${context.url} (HTTP 404). Check the address. ${kept}`, 'url');
    return new IsnadError('unavailable', `The git server ${host} answered HTTP ${status ?? '?'}. Try again later. ${kept}`);
  }
  if (err instanceof Errors.SmartHttpError || err instanceof Errors.ParseError) {
    return new IsnadError(
      'unavailable',
      `${context.url} did not answer as a git server does. Check the address (it usually ends in .git). ${kept}`,
      'url',
    );
  }
  if (err instanceof Errors.UrlParseError || err instanceof Errors.UnknownTransportError) {
    return new IsnadError(
      'invalid_input',
      `"${context.url}" is not an address Isnad can sync with; use the repository's https:// address.`,
      'url',
    );
  }
  if (isPushRejected(err)) {
    return new IsnadError(
      'conflict',
      `Colleagues kept sharing changes while this sync ran, so the server refused ours each time. Sync again. ${kept}`,
    );
  }
  const message = err instanceof Error ? err.message : String(err);
  return new IsnadError('internal', `Sync failed: ${message}. ${kept}`);
}
