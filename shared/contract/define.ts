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
}

export function op<I extends z.ZodType, R>(summary: string, input: I, result: Returns<R>): Operation<I, R> {
  return { summary, input, result };
}

export type Contract = Record<string, Operation>;

export type InputOf<O> = O extends Operation<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<O> = O extends Operation<infer I, unknown> ? z.output<I> : never;
export type ResultOf<O> = O extends Operation<z.ZodType, infer R> ? R : never;

/** The renderer's view of a contract: one async method per operation. */
export type ClientOf<C extends Contract> = {
  [K in keyof C]: (input: InputOf<C[K]>) => Promise<ResultOf<C[K]>>;
};

/** A transport's view: the same methods, but failures come back as values, not exceptions. */
export type BridgeOf<C extends Contract> = {
  [K in keyof C]: (input: InputOf<C[K]>) => Promise<Envelope<ResultOf<C[K]>>>;
};

/** The main process's side: one handler per operation, receiving validated input. */
export type HandlersOf<C extends Contract, Ctx> = {
  [K in keyof C]: (input: ParsedInputOf<C[K]>, ctx: Ctx) => Promise<ResultOf<C[K]>>;
};
