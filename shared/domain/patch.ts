import { z } from 'zod';

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

export type PatchShape<S extends z.ZodRawShape> = { [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]>> };

/**
 * A change to some of `schema`'s fields: each one optional, and absent stays absent. Not
 * `schema.partial()`: in zod 4 a partial keeps the defaults, so `{ name }` would come out
 * with every other field reset to its default and wipe what was stored.
 */
export function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>): z.ZodObject<PatchShape<S>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const bare = field instanceof z.ZodDefault ? field.removeDefault() : field;
    shape[key] = (bare as z.ZodType).optional();
  }
  return z.object(shape) as unknown as z.ZodObject<PatchShape<S>>;
}
