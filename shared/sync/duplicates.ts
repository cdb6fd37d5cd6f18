import { annotationOrder } from './corpus-shapes';
import { type Json, type JsonRecord, isRecord } from './json';

/** The link a merged-away copy carries to the document that stays. */
export const DUPLICATE_OF = 'duplicate-of';

export interface DocumentHeader {
  id: string;
  contentHash: string;
  createdAt: string;
}

export function headerOf(content: string | null): DocumentHeader | null {
  if (content === null) return null;
  try {
    const doc = JSON.parse(content) as Json;
    if (!isRecord(doc) || typeof doc.id !== 'string' || typeof doc.contentHash !== 'string' || doc.deletedAt) return null;
    return { id: doc.id, contentHash: doc.contentHash, createdAt: typeof doc.createdAt === 'string' ? doc.createdAt : '' };
  } catch {
    return null;
  }
}

/**
 * The same article imported on two machines between syncs: two ids, one text. Each pair
 * (one document added on each side, equal content hash) keeps the one created first (then
 * the smaller id), so every copy that meets the pair makes the same choice.
 */
export function duplicatePairs(ours: readonly DocumentHeader[], theirs: readonly DocumentHeader[]): Array<{ keep: string; drop: string }> {
  const mine = new Map(ours.map((d) => [d.contentHash, d]));
  const pairs: Array<{ keep: string; drop: string }> = [];
  for (const t of theirs) {
    const o = mine.get(t.contentHash);
    if (!o || o.id === t.id) continue;
    const first = o.createdAt < t.createdAt || (o.createdAt === t.createdAt && o.id < t.id) ? o : t;
    pairs.push({ keep: first.id, drop: first === o ? t.id : o.id });
  }
  return pairs;
}

/** The merged-away copy: in the trash, linked to the document that stays. */
export function markDuplicate(drop: JsonRecord, keep: string, by: string, at: string): JsonRecord {
  const links = Array.isArray(drop.links) ? drop.links.filter((l) => !(isRecord(l) && l.relation === DUPLICATE_OF)) : [];
  return {
    ...drop,
    links: [...links, { documentId: keep, relation: DUPLICATE_OF }],
    ...(drop.deletedAt ? {} : { deletedAt: at, deletedBy: by }),
  };
}

/** Where a document was merged into, if it was. */
export function duplicateTarget(doc: Json | undefined): string | null {
  if (!isRecord(doc) || !Array.isArray(doc.links)) return null;
  const link = doc.links.find((l) => isRecord(l) && l.relation === DUPLICATE_OF && typeof l.documentId === 'string');
  return isRecord(link) ? (link.documentId as string) : null;
}

/**
 * One annotator's layer on the merged-away copy moved onto the document that stays: the
 * text is the same, so every span holds. Annotations already there (same id) are kept.
 */
export function moveLayer(drop: JsonRecord, keep: JsonRecord | null, keepId: string, at: string): JsonRecord {
  const base: JsonRecord = keep ?? { ...drop, revision: 0, annotations: [], rejectedSuggestions: [] };
  const have = new Set((Array.isArray(base.annotations) ? base.annotations : []).map((a) => (isRecord(a) ? a.id : null)));
  const moved = (Array.isArray(drop.annotations) ? drop.annotations : []).filter((a) => isRecord(a) && !have.has(a.id));
  const rejections = [
    ...(Array.isArray(base.rejectedSuggestions) ? base.rejectedSuggestions : []),
    ...(Array.isArray(drop.rejectedSuggestions) ? drop.rejectedSuggestions : []),
  ];
  const unique = [...new Map(rejections.map((r) => [JSON.stringify(r), r])).values()];
  return {
    ...base,
    documentId: keepId,
    revision: (typeof base.revision === 'number' ? base.revision : 0) + 1,
    updatedAt: at,
    annotations: [...(Array.isArray(base.annotations) ? base.annotations : []), ...moved].sort(annotationOrder),
    rejectedSuggestions: unique,
  };
}
