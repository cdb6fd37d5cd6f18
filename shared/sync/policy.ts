import { type Json, canonical, isRecord } from './json';
import type { ConflictPolicy, MergeConflict, PathSegment } from './merge';

/**
 * Verdict statuses from the most to the least cautious. While two checkers disagree, the
 * provisional verdict is the more cautious one, so a claim is never shown as verified
 * because of a merge while someone else called it false.
 */
const CAUTION = ['false', 'disputed', 'unverifiable', 'unchecked', 'verified'];

function statusOf(value: Json | undefined): number {
  const status = isRecord(value) ? value.status : undefined;
  const rank = typeof status === 'string' ? CAUTION.indexOf(status) : -1;
  return rank < 0 ? CAUTION.length : rank;
}

export function isVerdictPath(path: readonly PathSegment[]): boolean {
  return path[path.length - 1] === '@verdict';
}

function stamp(record: { [key: string]: Json } | undefined): string {
  return typeof record?.updatedAt === 'string' ? record.updatedAt : '';
}

/**
 * The provisional value of a conflict, the same whichever copy merges (so copies converge
 * before anyone decides): an edit beats a delete (nothing is lost); for a verdict, the more
 * cautious status; otherwise the side whose record changed later, ties broken by content.
 */
export const provisionalPolicy: ConflictPolicy = (c) => {
  if (c.kind === 'delete-edit') return c.ours === undefined ? 'theirs' : 'ours';
  if (isVerdictPath(c.path)) {
    const [a, b] = [statusOf(c.ours), statusOf(c.theirs)];
    if (a !== b) return a < b ? 'ours' : 'theirs';
  }
  const [a, b] = [stamp(c.oursRecord), stamp(c.theirsRecord)];
  if (a !== b) return a > b ? 'ours' : 'theirs';
  return canonical(c.ours) >= canonical(c.theirs) ? 'ours' : 'theirs';
};

/** Readable form of a path: `annotations[a-1].verdict`, `source.outlet`, `(the file)`. */
export function describePath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(the whole file)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'string') out += `${out && !segment.startsWith('@') ? '.' : ''}${segment.replace(/^@/, out ? '.' : '')}`;
    else out += `[${segment.id}]`;
  }
  return out;
}

export type { MergeConflict };
