import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { z } from 'zod';
import { IsnadError } from '../../../shared/errors';
import { type Annotator, AnnotatorInput, type LocalAnnotator } from '../../../shared/domain/annotator';
import { DurableJSONFile } from './durable-file';
import { CURATED, type CorpusPaths } from './paths';
import { AnnotatorRecord, parseStored } from './schema';

export type { Annotator, AnnotatorInput, LocalAnnotator } from '../../../shared/domain/annotator';

const LocalAnnotatorFile = AnnotatorRecord.extend({ confirmed: z.boolean().default(false) });

/** Parses `Name <email>`, as git writes an author. */
export function parseAnnotatorSpec(spec: string, source = '--annotator'): AnnotatorInput {
  const match = /^\s*(.*?)\s*<([^<>]*)>\s*$/.exec(spec);
  if (!match) throw new IsnadError('invalid_input', `${source} must look like "Name <email>", got "${spec}"`, 'annotator');
  const parsed = AnnotatorInput.safeParse({ name: match[1], email: match[2] });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new IsnadError('invalid_input', `${source}: ${issue?.path.join('.')} ${issue?.message ?? 'is invalid'}`, 'annotator');
  }
  return parsed.data;
}

/**
 * An id chosen once per person: an ASCII slug of the email's local part (≤ 24 characters)
 * and 6 hex digits of the lower-cased email's sha256, e.g. `layla-3f9a1c`. Never `curated`.
 */
export function annotatorId(email: string): string {
  const local = email.split('@')[0] ?? '';
  const slug =
    local
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 24)
      .replace(/-+$/, '') || 'annotator';
  return `${slug}-${createHash('sha256').update(email.trim().toLowerCase(), 'utf8').digest('hex').slice(0, 6)}`;
}

/** Until the journalist says who they are: the OS account on this host. */
export function provisionalAnnotator(): LocalAnnotator {
  let user = 'annotator';
  try {
    user = userInfo().username || user;
  } catch {
    // No passwd entry (some containers): keep the generic name.
  }
  const email = `${user}@${hostname() || 'localhost'}`;
  return { id: annotatorId(email), name: user, email, confirmed: false };
}

/** The owners of the layers present in the corpus, from their tracked annotator.json. */
export function layerOwners(paths: CorpusPaths): Annotator[] {
  let names: string[];
  try {
    names = readdirSync(paths.layersDir);
  } catch {
    return [];
  }
  const owners: Annotator[] = [];
  for (const id of names) {
    if (id === CURATED) continue;
    try {
      const raw = new DurableJSONFile<unknown>(paths.layerAnnotator(id)).readNow();
      if (raw !== null) owners.push(parseStored(`layers/${id}/annotator.json`, AnnotatorRecord, raw));
    } catch {
      // A layer folder without a readable annotator.json is still listed, by its id.
      owners.push({ id, name: id, email: '' });
    }
  }
  return owners;
}

/**
 * Which id a person gets on this copy: the id of a layer that already belongs to their
 * email (their work from another copy), else the current one when it is only provisional or
 * has the same email (a rename), else a new id from the email.
 */
export function chooseAnnotatorId(input: AnnotatorInput, current: LocalAnnotator | null, owners: Annotator[]): string {
  const email = input.email.toLowerCase();
  const known = owners.find((o) => o.email.toLowerCase() === email);
  if (known) return known.id;
  if (current && (!current.confirmed || current.email.toLowerCase() === email)) return current.id;
  return annotatorId(input.email);
}

/**
 * "Me" on a copy that does not say: the person asked for (`--annotator`, ISNAD_ANNOTATOR), else
 * a provisional one from the OS account, each reusing the id of a layer that already belongs
 * to the same email.
 */
export function newLocalAnnotator(requested: AnnotatorInput | undefined, owners: Annotator[]): LocalAnnotator {
  const guess = requested ? { ...requested, confirmed: true } : provisionalAnnotator();
  return { ...guess, id: chooseAnnotatorId(guess, null, owners) };
}

export function readLocalAnnotator(paths: CorpusPaths): LocalAnnotator | null {
  const raw = new DurableJSONFile<unknown>(paths.localAnnotator).readNow();
  return raw === null ? null : parseStored('.isnad/annotator.json', LocalAnnotatorFile, raw);
}

/** What a read-only reader takes as "me" without writing anything: the copy's annotator, or the provisional one. */
export function currentAnnotator(paths: CorpusPaths): LocalAnnotator {
  return readLocalAnnotator(paths) ?? provisionalAnnotator();
}
