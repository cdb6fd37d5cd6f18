import type { AnnotationFilter } from '../domain/annotation-filter';
import type { DocumentSummary } from '../domain/document';
import type { RegistrySpeaker } from '../domain/speaker';
import { cliticMatcher } from './clitics';
import { fold } from './fold';
import type { AnnotationRow } from './rows';
import { terms } from './tokens';

// The filter's schema is part of the domain (a fact-check session stores one); this module
// compiles it into a predicate over rows.
export { AnnotationFilter, type AnnotationFilterInput, DATE_FIELDS } from '../domain/annotation-filter';

export type DocumentMeta = Pick<DocumentSummary, 'id' | 'title' | 'source' | 'createdAt' | 'lang' | 'dir'>;

/**
 * A test that every query word occurs among the words of a haystack (clitic-tolerant for
 * Arabic). Prepared once per query: a filter runs it over every row.
 */
export function wordsMatcher(query: readonly string[]): (haystack: string) => boolean {
  if (query.length === 0) return () => true;
  const matchers = query.map((q) => cliticMatcher(q, false));
  return (haystack) => {
    const words = terms(haystack);
    return matchers.every((matches) => words.some(matches));
  };
}

/** The YYYY-MM-DD part of a stored date, with Arabic-Indic digits read as digits; '' if none. */
export function dayOf(value: string): string {
  const match = fold(value).match(/^\d{4}-\d{2}-\d{2}/);
  return match ? match[0] : '';
}

export interface FilterContext {
  documents: Map<string, DocumentMeta>;
  speakers: Map<string, RegistrySpeaker>;
}

function speakerText(row: AnnotationRow, speakers: Map<string, RegistrySpeaker>): string {
  if (!row.speaker) return '';
  const entry = row.speaker.registryId ? speakers.get(row.speaker.registryId) : undefined;
  const parts = [row.speaker.name, row.speaker.role];
  if (entry) parts.push(entry.name, entry.role, entry.affiliation, ...entry.aliases);
  return parts.join('\n');
}

/** Compiles a filter once into a predicate over rows. */
export function compileFilter(filter: AnnotationFilter, ctx: FilterContext): (row: AnnotationRow) => boolean {
  const types = new Set(filter.types);
  const verdicts = new Set(filter.verdicts);
  const speakerIds = new Set(filter.speakerIds);
  const documentIds = new Set(filter.documentIds);
  const speakerWords = terms(filter.speaker);
  const outletWords = terms(filter.outlet);
  const textWords = terms(filter.text);
  const speakerMatches = wordsMatcher(speakerWords);
  const outletMatches = wordsMatcher(outletWords);
  const textMatches = wordsMatcher(textWords);
  const outletOk = new Map<string, boolean>();
  const publishedDay = new Map<string, string>();
  const dateOf = (row: AnnotationRow, doc: DocumentMeta): string => {
    if (filter.dateField === 'annotated') return dayOf(row.createdAt);
    if (filter.dateField === 'checked') return dayOf(row.verdict.checkedAt);
    let day = publishedDay.get(doc.id);
    if (day === undefined) {
      day = dayOf(doc.source.publishedAt);
      publishedDay.set(doc.id, day);
    }
    return day;
  };
  return (row) => {
    if (types.size > 0 && !types.has(row.type)) return false;
    if (verdicts.size > 0 && !verdicts.has(row.verdict.status)) return false;
    if (documentIds.size > 0 && !documentIds.has(row.documentId)) return false;
    const doc = ctx.documents.get(row.documentId);
    if (!doc) return false;
    if (outletWords.length > 0) {
      let ok = outletOk.get(doc.id);
      if (ok === undefined) {
        ok = outletMatches(doc.source.outlet);
        outletOk.set(doc.id, ok);
      }
      if (!ok) return false;
    }
    if (speakerIds.size > 0 && !(row.speaker?.registryId && speakerIds.has(row.speaker.registryId))) return false;
    if (speakerWords.length > 0 && !speakerMatches(speakerText(row, ctx.speakers))) return false;
    if (filter.from || filter.to) {
      const day = dateOf(row, doc);
      if (!day || (filter.from && day < filter.from) || (filter.to && day > filter.to)) return false;
    }
    if (textWords.length > 0) {
      const haystack = [row.prefix, row.text, row.suffix, row.detail, row.verdict.note].join('\n');
      if (!textMatches(haystack)) return false;
    }
    return true;
  };
}

/** One line saying what a filter selects, for session names, report headers and the CLI. */
export function describeFilter(filter: AnnotationFilter, ctx: Pick<FilterContext, 'speakers'>): string {
  const parts: string[] = [];
  parts.push(filter.types.length ? filter.types.map((t) => `${t}s`).join(' and ') : 'all annotations');
  if (filter.verdicts.length) parts.push(`verdict ${filter.verdicts.join(' or ')}`);
  if (filter.speakerIds.length) {
    parts.push(`by ${filter.speakerIds.map((id) => ctx.speakers.get(id)?.name ?? id).join(' or ')}`);
  }
  if (filter.speaker) parts.push(`speaker “${filter.speaker}”`);
  if (filter.documentIds.length) parts.push(`in ${filter.documentIds.length} document${filter.documentIds.length === 1 ? '' : 's'}`);
  if (filter.outlet) parts.push(`outlet “${filter.outlet}”`);
  if (filter.from || filter.to) parts.push(`${filter.dateField} ${filter.from || '…'} to ${filter.to || '…'}`);
  if (filter.text) parts.push(`mentioning “${filter.text}”`);
  return parts.join(', ');
}
