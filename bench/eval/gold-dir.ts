import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { FigureKind, QuoteKind } from '../../shared/domain/annotation';
import type { GoldArticle } from './gold/types';

/**
 * Gold articles delivered as one JSON file each (the blind sets written outside the project):
 * {id, lang, style, region, text, quotes[{text, nth?, kind, speaker, cue}], speakers[{text, nth?, name}],
 * figures[{text, nth?, value, kind, unit?}], excluded[{text}]}. Spans are found by text and
 * occurrence, as in the TypeScript gold (score.ts `locate`).
 */
const Span = { text: z.string().min(1), nth: z.number().int().nonnegative().optional() };
const Value = z.union([z.number(), z.tuple([z.number(), z.number()]), z.string(), z.null()]);

export const GoldFile = z.object({
  id: z.string().min(1),
  lang: z.enum(['ar', 'en']),
  style: z.string().optional(),
  region: z.string().optional(),
  text: z.string().min(1),
  quotes: z.array(z.object({ ...Span, kind: QuoteKind, speaker: z.string().nullable(), cue: z.string().optional() })),
  speakers: z.array(z.object({ ...Span, name: z.string().min(1) })),
  figures: z.array(z.object({ ...Span, value: Value, kind: FigureKind, unit: z.string().optional() })),
  excluded: z.array(z.object(Span)).optional(),
});

/** Reads every `*.json` in `dir` as a gold article; a malformed file stops the run with its name and the reason. */
export async function readGoldDir(dir: string): Promise<GoldArticle[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch (error) {
    throw new Error(`--gold ${dir}: cannot read the folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (names.length === 0) throw new Error(`--gold ${dir}: no .json gold files in the folder`);
  const articles: GoldArticle[] = [];
  for (const name of names) {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(join(dir, name), 'utf8'));
    } catch (error) {
      throw new Error(`${name}: not valid JSON (${(error as Error).message})`);
    }
    const parsed = GoldFile.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${name}: ${issue ? `${issue.path.join('.') || '(top)'}: ${issue.message}` : 'not a gold article'}`);
    }
    const g = parsed.data;
    articles.push({ ...g, heldOut: true, conventions: 'guidelines', source: name });
  }
  return articles;
}
