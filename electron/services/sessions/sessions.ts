import type { ReportFile } from '../../../shared/contract/search';
import { codedError } from '../../../shared/error-text';
import type { SessionClaimView, SessionSummary } from '../../../shared/contract/sessions';
import type { Direction } from '../../../shared/domain/document';
import { type FactCheckSession, MAX_SESSION_CLAIMS, type SessionClaim, type SessionState } from '../../../shared/domain/session';
import { type AnnotationFilter, describeFilter } from '../../../shared/search/filter';
import type { CorpusStore } from '../corpus/store';
import { newId } from '../corpus/ids';
import { loadTexts } from '../reports/texts';
import { toCsv } from '../reports/csv';
import { type ReportDestination, safeFileName, saveReport } from '../reports/files';
import { reportRows } from '../reports/rows';
import { sessionReportHtml, sessionReportJson } from '../reports/session-report';
import type { Translator } from '../../../shared/i18n/translate';
import type { CorpusCatalog } from '../search/catalog';
import { claimContext, nextUnchecked, progressOf } from './rules';
import { cutAtGrapheme } from '../../../shared/text/graphemes';

/**
 * Fact-checking sessions: a queue of claims fixed when the session starts, stored in the
 * corpus index so a paused session survives a restart. Verdicts are written to the
 * annotations themselves (updateAnnotation); the session only keeps the queue and place.
 */
export class SessionService {
  readonly #store: CorpusStore;
  readonly #catalog: CorpusCatalog;

  constructor(store: CorpusStore, catalog: CorpusCatalog) {
    this.#store = store;
    this.#catalog = catalog;
  }

  #lookup = (claim: SessionClaim) => this.#catalog.row(claim.documentId, claim.annotationId);

  #stored(id: string): Readonly<FactCheckSession> {
    const session = this.#store.sessions.find((s) => s.id === id);
    if (!session) throw codedError('not_found', 'errors.sessions.notFound', { id }, 'id');
    return session;
  }

  #find(id: string): FactCheckSession {
    return structuredClone(this.#stored(id));
  }

  #summary(session: FactCheckSession): SessionSummary {
    return {
      id: session.id,
      name: session.name,
      filterDescription: session.filterDescription,
      checkedBy: session.checkedBy,
      state: session.state,
      position: session.position,
      createdAt: session.createdAt,
      updatedAt: session.updatedAt,
      finishedAt: session.finishedAt,
      progress: progressOf(session.claims, this.#lookup),
    };
  }

  async #save(id: string, change: (session: FactCheckSession) => void): Promise<SessionSummary> {
    this.#stored(id);
    let saved: FactCheckSession | undefined;
    await this.#store.updateSessions((sessions) => {
      const session = sessions.find((s) => s.id === id);
      if (!session) throw codedError('not_found', 'errors.sessions.notFound', { id }, 'id');
      change(session);
      session.updatedAt = new Date().toISOString();
      saved = structuredClone(session);
    });
    await this.#catalog.ready();
    return this.#summary(saved as FactCheckSession);
  }

  async start(input: { name: string; filter: AnnotationFilter; checkedBy: string }): Promise<SessionSummary> {
    const rows = await this.#catalog.filter(input.filter);
    if (rows.length === 0) {
      throw codedError('invalid_input', 'errors.sessions.noMatch', undefined, 'filter');
    }
    if (rows.length > MAX_SESSION_CLAIMS) {
      throw codedError('invalid_input', 'errors.sessions.tooMany', { count: rows.length, limit: MAX_SESSION_CLAIMS }, 'filter');
    }
    const claims = rows.map((r) => ({ documentId: r.documentId, annotationId: r.id }));
    const description = describeFilter(input.filter, { speakers: this.#catalog.speakers() });
    const stamp = new Date().toISOString();
    const first = rows.findIndex((r) => r.verdict.status === 'unchecked');
    const session: FactCheckSession = {
      id: newId('c'),
      name: input.name || cutAtGrapheme(`Fact-check: ${description}`, 200),
      filter: input.filter,
      filterDescription: description,
      checkedBy: input.checkedBy,
      claims,
      position: Math.max(0, first),
      state: 'active',
      createdAt: stamp,
      updatedAt: stamp,
      finishedAt: '',
    };
    await this.#store.updateSessions((sessions) => {
      sessions.push(session);
    });
    return this.#summary(session);
  }

  async list(): Promise<SessionSummary[]> {
    await this.#catalog.ready();
    return this.#store.sessions.map((s) => this.#summary(s)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async claim(id: string, position?: number): Promise<SessionClaimView> {
    await this.#catalog.ready();
    const session = this.#find(id);
    const at = position ?? session.position;
    const claim = session.claims[at];
    if (!claim) throw codedError('invalid_input', 'errors.sessions.outside', { position: at, last: session.claims.length - 1 }, 'position');
    const base = { sessionId: id, position: at, total: session.claims.length, ...claim };
    const row = this.#lookup(claim);
    const doc = row ? await this.#store.getDocument(claim.documentId).catch(() => null) : null;
    if (!row || !doc) return { ...base, missing: true, row: null, context: null, revision: 0 };
    return {
      ...base,
      missing: false,
      row: this.#catalog.listRow(row, this.#catalog.speakers()),
      context: claimContext(doc.text, row.start, row.end),
      revision: doc.revision,
    };
  }

  async move(id: string, target: { position?: number; step?: 'next' | 'previous' | 'next-unchecked' }): Promise<SessionSummary> {
    await this.#catalog.ready();
    const session = this.#find(id);
    const last = session.claims.length - 1;
    let position = session.position;
    if (target.position !== undefined) {
      if (target.position > last)
        throw codedError('invalid_input', 'errors.sessions.outside', { position: target.position, last }, 'position');
      position = target.position;
    } else if (target.step === 'next') position = Math.min(last, position + 1);
    else if (target.step === 'previous') position = Math.max(0, position - 1);
    else if (target.step === 'next-unchecked') {
      const next = nextUnchecked(session.claims, position, this.#lookup);
      if (next >= 0) position = next;
    }
    return this.#save(id, (s) => {
      s.position = position;
    });
  }

  async setState(id: string, state: SessionState): Promise<SessionSummary> {
    return this.#save(id, (s) => {
      s.state = state;
      s.finishedAt = state === 'finished' ? new Date().toISOString() : '';
    });
  }

  async remove(id: string): Promise<{ id: string }> {
    this.#stored(id);
    await this.#store.updateSessions((sessions) => sessions.filter((s) => s.id !== id));
    return { id };
  }

  async report(ctx: ReportDestination, id: string, format: 'csv' | 'json' | 'html', translator?: Translator): Promise<ReportFile> {
    await this.#catalog.ready();
    const session = this.#find(id);
    const summary = this.#summary(session);
    const speakers = this.#catalog.speakers();
    const present = session.claims.map(this.#lookup).filter((r) => r !== undefined);
    const listed = present.map((r) => this.#catalog.listRow(r, speakers));
    const rows = reportRows(
      listed,
      await loadTexts(
        this.#store,
        present.map((r) => r.documentId),
      ),
    );
    const directions = new Map<string, Direction>(listed.map((r) => [r.documentId, r.dir]));
    const report = { session: summary, rows, directions, generatedAt: new Date().toISOString() };
    const content =
      format === 'csv' ? toCsv(rows, true) : format === 'json' ? sessionReportJson(report) : sessionReportHtml(report, translator);
    return saveReport(ctx, `${safeFileName(session.name)}.${format}`, format, content, rows.length);
  }
}
