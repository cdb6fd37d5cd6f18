import type { z } from 'zod';
import type { Envelope } from '../errors';

declare const resultBrand: unique symbol;

/** Phantom marker carrying an operation's result type; it has no runtime content. */
export interface Returns<T> {
  readonly [resultBrand]?: T;
}

export function returns<T>(): Returns<T> {
  return {} as Returns<T>;
}

export interface Operation<I extends z.ZodType = z.ZodType, R = unknown> {
  input: I;
  result: Returns<R>;
  /** One line for the README and for error messages. */
  summary: string;
  /** The result travels as its JSON text (textOp). */
  sentAsText?: true;
}

export function op<I extends z.ZodType, R>(summary: string, input: I, result: Returns<R>): Operation<I, R> {
  return { summary, input, result };
}

declare const jsonBrand: unique symbol;

/** JSON text that parses to a T. */
export type JsonText<T> = string & { readonly [jsonBrand]?: T };

/**
 * An operation whose handler answers with its result's JSON text, ready made (the payload a
 * document opens from, kept as bytes by the store): the desktop's IPC clones the string
 * instead of an object of thousands of annotations, the HTTP host puts the text in its
 * envelope as it is, and the client parses it once, where it is used. Callers of the client
 * get the result itself, as from any operation.
 */
export function textOp<I extends z.ZodType, R>(summary: string, input: I, result: Returns<R>): Operation<I, R> & { sentAsText: true } {
  return { summary, input, result, sentAsText: true };
}

/** Whether an operation's result travels as its JSON text. */
export function sentAsText(operation: Operation): boolean {
  return operation.sentAsText === true;
}

export type Contract = Record<string, Operation>;

export type InputOf<O> = O extends Operation<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<O> = O extends Operation<infer I, unknown> ? z.output<I> : never;
export type ResultOf<O> = O extends Operation<z.ZodType, infer R> ? R : never;

/** The renderer's view of a contract: one async method per operation. */
export type ClientOf<C extends Contract> = {
  [K in keyof C]: (input: InputOf<C[K]>) => Promise<ResultOf<C[K]>>;
};

/** What travels for an operation's result: the result, or its JSON text (textOp). */
export type WireOf<O> = O extends { sentAsText: true } ? JsonText<ResultOf<O>> : ResultOf<O>;

/** A transport's view: the same methods, but failures come back as values, not exceptions. */
export type BridgeOf<C extends Contract> = {
  [K in keyof C]: (input: InputOf<C[K]>) => Promise<Envelope<WireOf<C[K]>>>;
};

/** The main process's side: one handler per operation, receiving validated input. */
export type HandlersOf<C extends Contract, Ctx> = {
  [K in keyof C]: (input: ParsedInputOf<C[K]>, ctx: Ctx) => Promise<WireOf<C[K]>>;
};
