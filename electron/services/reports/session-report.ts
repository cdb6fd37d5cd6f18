import type { SessionSummary } from '../../../shared/contract/sessions';
import type { Direction } from '../../../shared/domain/document';
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

const VERDICT_LABELS: Record<string, string> = {
  unchecked: 'Unchecked',
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  unverifiable: 'Unverifiable',
};

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

/** A self-contained page that prints well: one card per claim, Arabic in its own direction. */
export function sessionReportHtml({ session, rows, directions, generatedAt }: SessionReport): string {
  const { progress } = session;
  const cards = rows
    .map((row, i) => {
      const dir = directions.get(row.documentId) ?? 'ltr';
      const fields: Array<[string, string]> = [
        [
          'Document',
          `<span dir="auto">${escape(row.documentTitle)}</span>${row.outlet ? ` — <span dir="auto">${escape(row.outlet)}</span>` : ''}${row.publishedAt ? `, ${escape(row.publishedAt)}` : ''}`,
        ],
        ['Speaker', `<span dir="auto">${escape(row.speaker) || '—'}</span>`],
      ];
      // Each part isolated: "75 عاماً · duration" must not read "duration · عاماً 75".
      if (row.detail)
        fields.push([
          'Detail',
          `<span dir="auto">${row.detail
            .split(' · ')
            .map((part) => `<bdi>${escape(part)}</bdi>`)
            .join(' · ')}</span>`,
        ]);
      fields.push(['Note', `<span dir="auto">${escape(row.note) || '—'}</span>`]);
      fields.push([
        'Evidence',
        row.evidence.length ? `<ul>${row.evidence.map((e) => `<li dir="auto">${evidenceItem(e)}</li>`).join('')}</ul>` : '—',
      ]);
      fields.push(['Checked', `${escape(row.checkedBy) || '—'}${row.checkedAt ? `, ${escape(row.checkedAt)}` : ''}`]);
      return `<section class="claim">
<header><span class="no">${i + 1}.</span><span class="verdict verdict-${escape(row.verdict)}">${escape(VERDICT_LABELS[row.verdict] ?? row.verdict)}</span><span>${escape(row.type)}</span></header>
<p class="text" dir="${dir}"><span class="context">${escape(row.prefix)}</span><mark>${escape(row.text)}</mark><span class="context">${escape(row.suffix)}</span></p>
<dl>${fields.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
<p class="offsets">UTF-16 ${row.startUtf16}–${row.endUtf16} · code points ${row.startCodePoint}–${row.endCodePoint} · ${escape(row.documentId)}/${escape(row.annotationId)}</p>
</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(session.name)} — fact-check report</title>
<style>${STYLE}</style>
</head>
<body>
<h1 dir="auto">${escape(session.name)}</h1>
<p class="meta"><span dir="auto">${escape(session.filterDescription)}</span><span>${progress.checked} of ${progress.total} checked</span>${session.checkedBy ? `<span dir="auto">by ${escape(session.checkedBy)}</span>` : ''}<span>generated ${escape(generatedAt)}</span></p>
${cards}
</body>
</html>
`;
}
