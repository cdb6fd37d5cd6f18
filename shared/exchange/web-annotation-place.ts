import { type AnchorMethod, anchorSelector } from '../anchoring/anchor';
import type { Annotation, AnnotationOrigin, AnnotationType, Verdict } from '../domain/annotation';
import type { Document } from '../domain/document';
import { codePointMapper, fromCodePointOffset } from '../text/offsets';
import type { ReadAnnotation } from './web-annotation-read';
import { documentUrn } from './web-annotation';
import { codedError } from '../error-text';

/**
 * Placing W3C annotations onto a stored document, the way Hypothesis anchors: by position
 * when the quote is still there, else by quote and context, exact first, then approximate
 * (shared/anchoring). An annotation that cannot be placed with confidence is reported as
 * orphaned, never guessed into place; one whose position selector lies outside the
 * document makes the whole file refused, since it was not made on this text.
 */

export interface PlannedAnnotation {
  id: string;
  type: AnnotationType;
  start: number;
  end: number;
  text: string;
  attributes: Record<string, unknown>;
  verdict: Partial<Verdict>;
  origin: AnnotationOrigin;
}

export interface PlacedReport {
  index: number;
  id: string;
  method: AnchorMethod;
  /** The text it now covers differs from its recorded quote (an approximate match): worth a look. */
  changed: boolean;
}

export interface OrphanReport {
  index: number;
  exact: string;
  reason: string;
}

export interface PlacementPlan {
  create: PlannedAnnotation[];
  placed: PlacedReport[];
  orphaned: OrphanReport[];
  /** Already in the document (same id, type and span): importing a file twice adds nothing. */
  alreadyThere: number;
  /** Links (quote → speaker, speaker → same as) whose target is neither imported nor in the document, cleared. */
  unlinked: number;
  /** Annotations in the file that target other documents, left alone. */
  otherDocuments: number;
}

/** What importing a W3C file onto a document did. */
export interface WebAnnotationImportResult {
  documentId: string;
  imported: number;
  placed: PlacedReport[];
  orphaned: OrphanReport[];
  alreadyThere: number;
  unlinked: number;
  otherDocuments: number;
  /** The document's revision after the write, or null when nothing was written. */
  revision: number | null;
}

function targetsDocument(doc: Readonly<Document>, a: ReadAnnotation): boolean {
  const url = doc.source.url;
  return a.source === documentUrn(doc.id) || (url !== '' && (a.source === url || a.scope === url));
}

function checkRange(doc: Readonly<Document>, a: ReadAnnotation, lengthCodePoints: number): void {
  if (a.position && a.position.end > lengthCodePoints) {
    throw codedError('invalid_input', 'errors.w3c.outsideDocument', {
      index: a.index,
      start: a.position.start,
      end: a.position.end,
      title: doc.title,
      length: lengthCodePoints,
    });
  }
}

const LINK_KEYS = { quote: 'speakerId', speaker: 'sameAs', figure: null } as const;

export function planPlacement(doc: Readonly<Document>, annotations: ReadAnnotation[], newId: () => string): PlacementPlan {
  const mine = annotations.filter((a) => targetsDocument(doc, a));
  if (mine.length === 0) {
    const sources = [...new Set(annotations.map((a) => a.scope ?? a.source))].slice(0, 3).join(', ');
    throw codedError('invalid_input', 'errors.w3c.otherDocument', {
      sources,
      title: doc.title,
      urn: documentUrn(doc.id),
      url: doc.source.url || 'none',
    });
  }
  const lengthCodePoints = codePointMapper(doc.text)(doc.text.length);
  for (const a of mine) checkRange(doc, a, lengthCodePoints);

  const existing = new Map(doc.annotations.map((a) => [a.id, a] as const));
  const plan: PlacementPlan = {
    create: [],
    placed: [],
    orphaned: [],
    alreadyThere: 0,
    unlinked: 0,
    otherDocuments: annotations.length - mine.length,
  };
  const renamed = new Map<string, string>();
  const taken = new Set(existing.keys());
  for (const a of mine) {
    const start = a.position ? fromCodePointOffset(doc.text, a.position.start) : undefined;
    const anchor = anchorSelector(doc.text, {
      exact: a.exact,
      prefix: a.prefix,
      suffix: a.suffix,
      ...(start === undefined ? {} : { start }),
    });
    if (!anchor) {
      plan.orphaned.push({ index: a.index, exact: a.exact, reason: 'its quote was not found in this document, exactly or approximately' });
      continue;
    }
    const same: Annotation | undefined = a.id === undefined ? undefined : existing.get(a.id);
    if (same && same.type === a.type && same.start === anchor.start && same.end === anchor.end) {
      plan.alreadyThere++;
      continue;
    }
    let id = a.id ?? newId();
    if (taken.has(id)) id = newId();
    taken.add(id);
    if (a.id !== undefined) renamed.set(a.id, id);
    const text = doc.text.slice(anchor.start, anchor.end);
    plan.create.push({
      id,
      type: a.type,
      start: anchor.start,
      end: anchor.end,
      text,
      attributes: { ...a.attributes },
      verdict: a.verdict,
      origin: a.origin,
    });
    plan.placed.push({ index: a.index, id, method: anchor.method, changed: text !== a.exact });
  }
  // Links follow renamed ids; a link to something neither imported nor present is cleared.
  for (const c of plan.create) {
    const key = LINK_KEYS[c.type];
    const target = key ? c.attributes[key] : null;
    if (!key || typeof target !== 'string') continue;
    const resolved = renamed.get(target) ?? (existing.has(target) ? target : null);
    if (resolved === null) plan.unlinked++;
    c.attributes[key] = resolved;
  }
  return plan;
}
