import { type ClientOf, type Contract, type HandlersOf, type Operation, sentAsText } from './define';
import { type Envelope, IsnadError, toErrorInfo } from '../errors';
import { codedIssue } from '../input-errors';

export type Dispatch = (name: string, input: unknown) => Promise<Envelope<unknown>>;

/**
 * Validates input against the contract before any handler runs, so a bad call can never
 * reach the store. Shared by the IPC handlers and the HTTP host.
 */
export function createDispatcher<C extends Contract, Ctx>(
  contract: C,
  handlers: HandlersOf<C, Ctx>,
  ctx: Ctx,
  onInternalError: (name: string, err: unknown) => void = () => {},
): Dispatch {
  return async (name, input) => {
    if (!Object.hasOwn(contract, name)) {
      return { ok: false, error: { code: 'not_found', message: `unknown operation "${name}"` } };
    }
    const operation = contract[name] as C[keyof C];
    const parsed = operation.input.safeParse(input ?? {});
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return { ok: false, error: first ? codedIssue(first) : { code: 'invalid_input', message: 'invalid input' } };
    }
    try {
      const handler = handlers[name as keyof C] as (input: unknown, ctx: Ctx) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data, ctx) };
    } catch (err) {
      if (!(err instanceof IsnadError)) onInternalError(name, err);
      return { ok: false, error: toErrorInfo(err) };
    }
  };
}

/** Builds a typed client from a transport; used by the preload bridge and the HTTP client. */
export function createClient<C extends Contract>(
  contract: C,
  call: (name: string, input: unknown) => Promise<Envelope<unknown>>,
): ClientOf<C> {
  const client = {} as Record<string, (input: unknown) => Promise<unknown>>;
  for (const name of Object.keys(contract)) {
    const asText = sentAsText(contract[name] as Operation);
    client[name] = async (input: unknown) => {
      const envelope = await call(name, input);
      // A result sent as text arrives as it (IPC), or already parsed with the envelope (HTTP).
      if (envelope.ok) return asText && typeof envelope.value === 'string' ? JSON.parse(envelope.value) : envelope.value;
      throw IsnadError.from(envelope.error);
    };
  }
  return client as ClientOf<C>;
}
