import type { SessionSummary } from '../../../shared/contract/sessions';
import type { Direction } from '../../../shared/domain/document';
import type { MessageId } from '../../../shared/i18n/catalogs';
import { directionOf } from '../../../shared/i18n/locale';
import { type Translator, englishTranslator, isolate } from '../../../shared/i18n/translate';
import { offsetsNote } from './texts';

import type { ReportRow } from './rows';

export interface SessionReport {
  session: SessionSummary;
  rows: ReportRow[];
  /** Text direction of each claim's document, for the HTML page. */
  directions: Map<string, Direction>;
  generatedAt: string;
}

export function sessionReportJson({ session, rows, generatedAt }: SessionReport): string {
  const report = {
    format: 'isnad-factcheck-report',
    version: 1,
    generatedAt,
    session: {
      id: session.id,
      name: session.name,
      filter: session.filterDescription,
      checkedBy: session.checkedBy,
      state: session.state,
      createdAt: session.createdAt,
      finishedAt: session.finishedAt,
      progress: session.progress,
    },
    offsets: offsetsNote(),
    claims: rows.map((row, i) => ({ claim: i + 1, ...row })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function escape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const VERDICT_LABELS: Record<string, MessageId> = {
  unchecked: 'reports.verdict.unchecked',
  verified: 'reports.verdict.verified',
  disputed: 'reports.verdict.disputed',
  false: 'reports.verdict.false',
  unverifiable: 'reports.verdict.unverifiable',
};
const TYPE_LABELS: Record<string, MessageId> = {
  quote: 'reports.type.quote',
  speaker: 'reports.type.speaker',
  figure: 'reports.type.figure',
};

/** A stored date (ISO) in the report's language and digits; anything else as it was written. */
function when(t: Translator, value: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return t.date(time, dateOnly ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeStyle: 'short' });
}

/** Evidence that looks like a web address becomes a link; anything else stays text. */
function evidenceItem(item: string): string {
  return /^https?:\/\/\S+$/i.test(item) ? `<a href="${escape(item)}">${escape(item)}</a>` : escape(item);
}

const STYLE = `
body { font-family: 'Noto Sans', 'Noto Sans Arabic', system-ui, sans-serif; color: #1d1d1b; margin: 2rem auto; max-width: 52rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
.meta { color: #6b6862; margin: 0 0 1.5rem; }
.meta span + span::before { content: ' · '; }
.claim { border: 1px solid #dedad2; border-radius: 8px; padding: .75rem 1rem; margin: 0 0 1rem; break-inside: avoid; }
.claim header { display: flex; gap: .75rem; align-items: baseline; flex-wrap: wrap; }
.no { font-weight: 700; }
.verdict { border-radius: 4px; padding: 0 .4rem; font-weight: 600; font-size: .9rem; border: 1px solid currentColor; }
.verdict-verified { color: #0f6b5c; } .verdict-false { color: #b3261e; } .verdict-disputed { color: #9a5b00; }
.verdict-unverifiable, .verdict-unchecked { color: #6b6862; }
.text { font-family: 'Noto Naskh Arabic', 'Noto Serif', Georgia, serif; font-size: 1.1rem; line-height: 1.8; unicode-bidi: plaintext; margin: .5rem 0; }
.context { color: #6b6862; } mark { background: #fff1b8; color: inherit; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0 0; }
dt { color: #6b6862; } dd { margin: 0; unicode-bidi: plaintext; white-space: pre-wrap; }
.offsets { color: #6b6862; font-size: .8rem; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
`;

/**
 * A self-contained page that prints well: one card per claim, Arabic in its own direction.
 * Its headings, verdicts, numbers and dates are in the interface's language (`t`); the
 * journalist's own words (titles, names, notes) are isolated so either direction reads right.
 */
export function sessionReportHtml(
  { session, rows, directions, generatedAt }: SessionReport,
  translator: Translator = englishTranslator(),
): string {
  const t = translator;
  const language = t.locale === 'pseudo' ? 'en' : t.locale.language;
  const { progress } = session;
  const cards = rows
    .map((row, i) => {
      const dir = directions.get(row.documentId) ?? 'ltr';
      const fields: Array<[string, string]> = [
        [
          t.t('reports.field.document'),
          `<bdi>${escape(row.documentTitle)}</bdi>${row.outlet ? ` — <bdi>${escape(row.outlet)}</bdi>` : ''}${row.publishedAt ? `, ${escape(when(t, row.publishedAt))}` : ''}`,
        ],
        [t.t('reports.field.speaker'), `<bdi>${escape(row.speaker) || '—'}</bdi>`],
      ];
      // Each part isolated: "75 عاماً · duration" must not read "duration · عاماً 75".
      if (row.detail)
        fields.push([
          t.t('reports.field.detail'),
          `<span dir="auto">${row.detail
            .split(' · ')
            .map((part) => `<bdi>${escape(part)}</bdi>`)
            .join(' · ')}</span>`,
        ]);
      fields.push([t.t('reports.field.note'), `<span dir="auto">${escape(row.note) || '—'}</span>`]);
      fields.push([
        t.t('reports.field.evidence'),
        row.evidence.length ? `<ul>${row.evidence.map((e) => `<li dir="auto">${evidenceItem(e)}</li>`).join('')}</ul>` : '—',
      ]);
      fields.push([
        t.t('reports.field.checked'),
        `<bdi>${escape(row.checkedBy) || '—'}</bdi>${row.checkedAt ? `, ${escape(when(t, row.checkedAt))}` : ''}`,
      ]);
      const verdict = VERDICT_LABELS[row.verdict];
      const type = TYPE_LABELS[row.type];
      const offsets = t.t('reports.offsets', {
        start: String(row.startUtf16),
        end: String(row.endUtf16),
        startCodePoint: String(row.startCodePoint),
        endCodePoint: String(row.endCodePoint),
        ids: `${row.documentId}/${row.annotationId}`,
      });
      return `<section class="claim">
<header><span class="no">${t.number(i + 1)}.</span><span class="verdict verdict-${escape(row.verdict)}">${escape(verdict ? t.t(verdict) : row.verdict)}</span><span>${escape(type ? t.t(type) : row.type)}</span></header>
<p class="text" dir="${dir}"><span class="context">${escape(row.prefix)}</span><mark>${escape(row.text)}</mark><span class="context">${escape(row.suffix)}</span></p>
<dl>${fields.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
<p class="offsets" dir="ltr">${escape(offsets)}</p>
</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${language}" dir="${directionOf(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t.t('reports.session.titleSuffix', { name: session.name }))}</title>
<style>${STYLE}</style>
</head>
<body>
<h1 dir="auto">${escape(session.name)}</h1>
<p class="meta"><bdi>${escape(session.filterDescription)}</bdi><span>${escape(t.t('reports.session.progress', { checked: progress.checked, total: progress.total }))}</span>${session.checkedBy ? `<span>${escape(t.t('reports.session.by', { name: isolate(session.checkedBy) }))}</span>` : ''}<span>${escape(t.t('reports.session.generated', { date: when(t, generatedAt) }))}</span></p>
${cards}
</body>
</html>
`;
}
