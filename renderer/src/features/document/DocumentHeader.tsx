import { Fragment, type ReactNode, useState } from 'react';
import { dateIssue, urlIssue } from '../../../../shared/domain/dates';
import { useShortWindow } from '../../ui/short-window';
import { useLibrary } from '../library/library.store';
import { useNavigation } from '../../app/navigation';
import { TextField } from './fields';
import { SaveIndicator } from './SaveIndicator';
import { useDocument } from './document.store';
import { useT } from '../../ui/i18n/I18n';
import type { MessageId } from '../../../../shared/i18n/catalogs';
import type { Translator } from '../../../../shared/i18n/translate';

type EditableSource = 'outlet' | 'publishedAt' | 'author' | 'url';

const SOURCE_FIELDS: Array<{ key: EditableSource; label: MessageId; placeholder: MessageId; undo: MessageId; max: number }> = [
  {
    key: 'outlet',
    label: 'document.header.outlet',
    placeholder: 'document.header.outletPlaceholder',
    undo: 'document.undo.editOutlet',
    max: 300,
  },
  {
    key: 'publishedAt',
    label: 'document.header.published',
    placeholder: 'document.header.publishedPlaceholder',
    undo: 'document.undo.editPublished',
    max: 40,
  },
  {
    key: 'author',
    label: 'document.header.author',
    placeholder: 'document.header.authorPlaceholder',
    undo: 'document.undo.editAuthor',
    max: 300,
  },
  { key: 'url', label: 'document.header.url', placeholder: 'document.header.urlPlaceholder', undo: 'document.undo.editUrl', max: 4000 },
];

function validateSource(key: EditableSource, max: number, value: string, t: Translator['t']): string | null {
  if (value.length > max) return t('document.field.tooLong', { max });
  // The same checks the corpus makes, so a refusal is shown before anything is sent.
  const issue = key === 'url' ? urlIssue(value) : key === 'publishedAt' ? dateIssue(value) : null;
  return issue ? t(issue.id, issue.values) : null;
}

/**
 * Title and source metadata, each editable in place; sibling articles split off on import.
 * `beside` joins the title's line (the versions bar, in a short window).
 */
export function DocumentHeader({ beside }: { beside?: ReactNode }) {
  const doc = useDocument((s) => s.doc);
  const { commitDocument } = useDocument.getState();
  const library = useLibrary((s) => s.documents);
  const openDocument = useNavigation((s) => s.openDocument);
  const t = useT();
  const short = useShortWindow();
  const [sourceOpen, setSourceOpen] = useState(false);
  if (!doc) return null;
  // In a short window the source fields fold behind one button on the title's line.
  const folded = short && !sourceOpen;
  const summary = [doc.source.outlet, doc.source.publishedAt, doc.source.author].map((v) => v.trim()).filter(Boolean);
  return (
    <header className={short ? 'document-header short' : 'document-header'}>
      <div className="header-top">
        <TextField
          label={t('document.header.title')}
          className="title-field"
          value={doc.title}
          validate={(v) =>
            v.trim() ? (v.length > 1000 ? t('document.field.tooLong', { max: 1000 }) : null) : t('document.header.titleEmpty')
          }
          onCommit={(title, key) => commitDocument(t('document.undo.editTitle'), { title: title.trim() }, key)}
        />
        {short && (
          <button
            type="button"
            className="source-toggle"
            aria-expanded={!folded}
            aria-controls="document-source-fields"
            onClick={() => setSourceOpen(!sourceOpen)}
          >
            <span className="toggle-mark" aria-hidden="true">
              {folded ? '▸' : '▾'}
            </span>
            {/* Laid out as separate boxes, so the colon stays with the label beside a value in the other script. */}
            <span>{summary.length > 0 ? `${t('document.header.source')}:` : t('document.header.source')}</span>
            {summary.map((v, i) => (
              <Fragment key={i}>
                {i > 0 && <span className="source-summary">·</span>}
                <bdi className="source-summary" dir="auto" data-user-content="">
                  {v}
                </bdi>
              </Fragment>
            ))}
          </button>
        )}
        {beside}
        <SaveIndicator />
      </div>
      <div className="source-fields" id="document-source-fields" role="group" aria-label={t('document.header.source')} hidden={folded}>
        <span className="badge" title={t(doc.dir === 'rtl' ? 'document.header.langRtl' : 'document.header.langLtr')}>
          <bdi translate="no">{doc.lang}</bdi> · {t(doc.dir === 'rtl' ? 'document.header.rtl' : 'document.header.ltr')}
        </span>
        {SOURCE_FIELDS.map((f) => (
          <TextField
            key={f.key}
            label={t(f.label)}
            className={`source-field source-${f.key}`}
            placeholder={t(f.placeholder)}
            value={doc.source[f.key]}
            validate={(v) => validateSource(f.key, f.max, v, t)}
            onCommit={(value, key) => commitDocument(t(f.undo), { source: { [f.key]: value.trim() } }, key)}
          />
        ))}
      </div>
      {doc.links.length > 0 && (
        <nav className="document-links" aria-label={t('document.header.related')}>
          {doc.links.map((link) => {
            const other = library.find((d) => d.id === link.documentId);
            return (
              <button
                key={`${link.relation}-${link.documentId}`}
                type="button"
                className="link-button"
                onClick={() => openDocument(link.documentId)}
              >
                {t('document.header.relation', { relation: link.relation })}{' '}
                <span dir="auto" data-user-content="">
                  {other?.title ?? link.documentId}
                </span>
              </button>
            );
          })}
        </nav>
      )}
    </header>
  );
}
