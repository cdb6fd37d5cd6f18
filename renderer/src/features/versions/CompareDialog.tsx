import { useEffect, useMemo, useRef, useState } from 'react';
import type { VersionText } from '../../../../shared/contract/versions';
import { diffTexts } from '../../../../shared/versions/text-diff';
import { api } from '../../api/client';
import { describeError } from '../../app/notices';
import { useTranslator } from '../../ui/i18n/I18n';
import { useDocument } from '../document/document.store';
import { useVersions } from './versions.store';
import { useModalDialog } from '../../ui/useModalDialog';

/**
 * Two versions side by side as one text: inserted words underlined, deleted ones struck
 * through (jsdiff over Unicode words, shared/versions/text-diff.ts). The pieces are inline
 * runs inside one block with the document's direction, so Arabic reads right to left with
 * the changes in place. From here an earlier version can be read alone and restored.
 */
/** An inserted or deleted run, its trailing spaces left unmarked (they read as part of the next word's gap). */
function Changed({ kind, text }: { kind: 'added' | 'removed'; text: string }) {
  const words = text.trimEnd();
  const gap = text.slice(words.length);
  return (
    <>
      {kind === 'added' ? <ins>{words}</ins> : <del>{words}</del>}
      {gap}
    </>
  );
}

export function CompareDialog() {
  const { t, number } = useTranslator();
  const doc = useDocument((s) => s.doc);
  const dialog = useModalDialog();
  const current = doc?.version ?? 1;
  const [from, setFrom] = useState(current - 1);
  const [to, setTo] = useState(current);
  const [texts, setTexts] = useState<Record<number, VersionText>>({});
  const [alone, setAlone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { open, applied } = useVersions.getState();
  // Versions asked for already (answered or not): the first answer must not send the other again.
  const requested = useRef(new Set<number>());
  useEffect(() => {
    if (!doc) return;
    for (const v of [from, to]) {
      if (requested.current.has(v)) continue;
      requested.current.add(v);
      api.getDocumentVersion({ documentId: doc.id, version: v }).then(
        (got) => setTexts((all) => ({ ...all, [v]: got })),
        (err: unknown) => {
          requested.current.delete(v);
          setError(describeError(err));
        },
      );
    }
  }, [doc, from, to]);
  const older = texts[from];
  const newer = texts[to];
  const pieces = useMemo(() => (older && newer ? diffTexts(older.text, newer.text, doc?.lang) : null), [older, newer, doc?.lang]);
  if (!doc) return null;
  const versions = Array.from({ length: current }, (_, i) => i + 1);
  const label = (v: number) => (v === current ? t('document.versions.current', { version: v }) : number(v));

  async function restore() {
    if (!doc) return;
    setError(null);
    try {
      await applied(await api.restoreDocumentVersion({ documentId: doc.id, version: from }));
    } catch (err) {
      setError(describeError(err));
    }
  }

  return (
    <dialog
      ref={dialog}
      className="dialog wide compare-dialog"
      aria-label={t('document.versions.compareTitle')}
      onCancel={() => open(null)}
    >
      <h2>{t('document.versions.compareTitle')}</h2>
      <div className="compare-choice">
        <label>
          {t('document.versions.from')}{' '}
          <select value={from} onChange={(e) => setFrom(Number(e.target.value))}>
            {versions.map((v) => (
              <option key={v} value={v}>
                {label(v)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('document.versions.to')}{' '}
          <select value={to} onChange={(e) => setTo(Number(e.target.value))}>
            {versions.map((v) => (
              <option key={v} value={v}>
                {label(v)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" aria-pressed={alone} onClick={() => setAlone(!alone)}>
          {alone ? t('document.versions.showDiff') : t('document.versions.view', { version: from })}
        </button>
        {from !== current && (
          <button type="button" onClick={() => void restore()}>
            {t('document.versions.restore', { version: from })}
          </button>
        )}
      </div>
      {!alone && <p className="hint">{t('document.versions.legend')}</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="version-diff" dir={doc.dir} lang={doc.lang} tabIndex={0} aria-label={t('document.versions.compareTitle')}>
        {alone && older ? older.text : null}
        {!alone && pieces?.every((p) => p.kind === 'same') && <p className="hint">{t('document.versions.noChanges')}</p>}
        {!alone &&
          pieces?.map((p, i) => (p.kind === 'same' ? <span key={i}>{p.text}</span> : <Changed key={i} kind={p.kind} text={p.text} />))}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={() => open(null)}>
          {t('document.versions.close')}
        </button>
      </div>
    </dialog>
  );
}
