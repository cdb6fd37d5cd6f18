import { type KeyboardEvent, useEffect, useMemo, useRef } from 'react';
import { VERDICT_STATUSES, type Annotation } from '../../../../shared/domain/annotation';
import { paragraphDirectionAt } from '../../../../shared/text/direction';
import { useNavigation } from '../../app/navigation';
import { isEditable, isTextField } from '../../ui/keys';
import { TYPE_LABEL, TYPE_MARK, VERDICT_LABEL } from '../../ui/labels';
import { adjustSpan } from '../document/keyboard-selection.logic';
import { FIGURE_KIND, QUOTE_KIND } from '../document/cards.logic';
import { useExchange } from '../exchange/exchange.store';
import { useLibrary } from '../library/library.store';
import { type Disagreement, comparableAttributes, curatedSide } from './adjudication.logic';
import { adjudicationItems } from './adjudication.slice';
import { shortAnnotatorName } from './annotator.logic';
import { CuratedFields } from './CuratedFields';
import { useDesk } from './desk.store';
import { UserText, useT, useTranslator } from '../../ui/i18n/I18n';
import { isolate } from '../../../../shared/i18n/translate';
import { translate } from '../../ui/i18n/i18n.store';
import type { MessageId } from '../../../../shared/i18n/catalogs';
import type { Translator } from '../../../../shared/i18n/translate';
import { PairPicker } from './PairPicker';
import { AdjudicationPicker } from './AdjudicationPicker';

const KIND_LABEL: Record<Disagreement['kinds'][number], MessageId> = {
  'only-one': 'desk.adjudication.kind.onlyOne',
  boundaries: 'desk.adjudication.kind.boundaries',
  attributes: 'desk.adjudication.kind.attributes',
  verdict: 'desk.adjudication.kind.verdict',
};

const kinds = (d: Disagreement, t: Translator['t']) => d.kinds.map((k) => t(KIND_LABEL[k])).join(t('document.list.separator'));

/** The keys (the same physical keys in every language), shown on screen. */
export const ADJUDICATION_KEYS: Array<[string, MessageId]> = [
  ['↑ ↓ (J K)', 'desk.adjudication.key.move'],
  ['1 · 2', 'desk.adjudication.key.accept'],
  ['X', 'desk.adjudication.key.leaveOut'],
  ['Shift+← →', 'desk.adjudication.key.span'],
  ['V', 'desk.adjudication.key.verdict'],
  ['O', 'desk.adjudication.key.open'],
  ['P', 'desk.adjudication.key.pair'],
  ['Ctrl+Z · Ctrl+Shift+Z', 'desk.adjudication.key.undo'],
];

export function AdjudicationView() {
  const adjudication = useDesk((s) => s.adjudication);
  const error = useDesk((s) => s.adjudicationError);
  const names = useDesk((s) => s.names);
  const title = useLibrary((s) => s.documents.find((d) => d.id === adjudication?.documentId)?.title);
  const rootRef = useRef<HTMLElement>(null);
  const items = useMemo(() => (adjudication ? adjudicationItems(adjudication) : null), [adjudication]);
  const tr = useTranslator();
  const { t } = tr;

  useEffect(() => {
    rootRef.current?.focus({ preventScroll: true });
  }, [adjudication?.documentId]);

  if (error || !adjudication || !items) return <AdjudicationPicker problem={error} />;
  const { disagreements, settled, agreed } = items;
  const d = disagreements[adjudication.current];
  const who = (id: string) => shortAnnotatorName(id, names);
  const done = disagreements.filter(settled).length;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (isTextField(event.target)) return;
    const s = useDesk.getState();
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (mod && (event.code === 'KeyZ' || event.code === 'KeyY')) {
      event.preventDefault();
      void (event.code === 'KeyY' || event.shiftKey ? s.redoCurated() : s.undoCurated());
      return;
    }
    if (event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight') && d?.curated) {
      event.preventDefault();
      const rtl = paragraphDirectionAt(adjudication.text, d.curated.start, 'ltr') === 'rtl';
      const forward = (event.key === 'ArrowRight') !== rtl;
      const next = adjustSpan(adjudication.text, d.curated, mod ? 'start' : 'end', forward, event.altKey);
      if (next) void s.editCurated(next, translate('desk.adjudication.moveSpan'));
      return;
    }
    if (mod || event.altKey || isEditable(event.target)) return;
    if (event.key === 'ArrowDown' || key === 'j') s.setCurrent(adjudication.current + 1);
    else if (event.key === 'ArrowUp' || key === 'k') s.setCurrent(adjudication.current - 1);
    else if (key === '1') void s.accept(0);
    else if (key === '2') void s.accept(1);
    else if (key === 'x') void s.leaveOut();
    else if (key === 'v' && d?.curated) {
      const i = VERDICT_STATUSES.indexOf(d.curated.verdict.status);
      void s.editCurated(
        { verdict: { status: VERDICT_STATUSES[(i + 1) % VERDICT_STATUSES.length] } },
        translate('desk.adjudication.changeVerdict'),
      );
    } else if (key === 'p') rootRef.current?.querySelector<HTMLSelectElement>('.pair-picker select')?.focus();
    else if (key === 'o' && d) useNavigation.getState().openDocument(adjudication.documentId, { start: d.start, end: d.end });
    else return;
    event.preventDefault();
  };

  return (
    <section
      ref={rootRef}
      className="desk-view adjudication-view"
      aria-label={t('desk.adjudication.title')}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header className="desk-view-head">
        <h2>
          {t('desk.adjudication.title')}:{' '}
          <bdi dir="auto" data-user-content="">
            {title ?? adjudication.documentId}
          </bdi>
        </h2>
        <PairPicker documentId={adjudication.documentId} pair={adjudication.pair} people={adjudication.people} who={who} />
        <span role="status" className="adjudication-progress">
          {t('desk.adjudication.progress', { done, total: disagreements.length, agreed: agreed.length })}
        </span>
        <button type="button" disabled={adjudication.undo.length === 0} onClick={() => void useDesk.getState().undoCurated()}>
          {t('document.toolbar.undo')}
        </button>
        <button type="button" disabled={adjudication.redo.length === 0} onClick={() => void useDesk.getState().redoCurated()}>
          {t('document.toolbar.redo')}
        </button>
        <button type="button" onClick={() => useDesk.setState({ adjudication: null, adjudicationError: null })}>
          {t('desk.adjudication.pick.back')}
        </button>
        <button
          type="button"
          onClick={() =>
            useExchange.getState().openExport({
              label: t('desk.adjudication.exportLabel', { title: title ?? adjudication.documentId }),
              filter: { documentIds: [adjudication.documentId] },
              layer: 'curated',
            })
          }
        >
          {t('desk.adjudication.export')}
        </button>
      </header>
      {adjudication.error && (
        <p role="alert" className="dialog-error" dir="auto">
          {adjudication.error}
        </p>
      )}
      {disagreements.length === 0 && <p className="empty-note">{t('desk.adjudication.agree')}</p>}
      <div className="adjudication-body">
        <ol className="disagreement-list" aria-label={t('desk.adjudication.list')}>
          {disagreements.map((x, i) => (
            <li key={x.key}>
              <button
                type="button"
                className={`disagreement-row${i === adjudication.current ? ' current' : ''}${settled(x) ? ' settled' : ''}`}
                aria-current={i === adjudication.current ? 'true' : undefined}
                onClick={() => {
                  useDesk.getState().setCurrent(i);
                  rootRef.current?.focus({ preventScroll: true });
                }}
              >
                <span className="settled-mark" aria-label={settled(x) ? t('desk.adjudication.settled') : t('desk.adjudication.openOne')}>
                  {settled(x) ? '✓' : '○'}
                </span>{' '}
                <span aria-hidden="true">{TYPE_MARK[x.type]}</span>{' '}
                <span dir="auto" data-user-content="">
                  {excerptOf(adjudication.text, x)}
                </span>
                <span className="hint"> · {kinds(x, t)}</span>
              </button>
            </li>
          ))}
        </ol>
        {d && <Detail d={d} text={adjudication.text} who={who} pair={adjudication.pair} leftOut={items.leftOut(d)} />}
      </div>
      <details className="adjudication-keys" open>
        <summary>{t('desk.adjudication.keys')}</summary>
        <dl>
          {ADJUDICATION_KEYS.map(([k, what]) => (
            <div key={k}>
              <dt>
                <kbd>{k}</kbd>
              </dt>
              <dd>{t(what)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}

function excerptOf(text: string, d: Disagreement): string {
  const s = text.slice(d.start, d.end).replace(/\s+/g, ' ');
  return s.length > 70 ? `${s.slice(0, 69)}…` : s;
}

function Detail({
  d,
  text,
  who,
  pair,
  leftOut,
}: {
  d: Disagreement;
  text: string;
  who: (id: string) => string;
  pair: [string, string];
  leftOut: boolean;
}) {
  const adjudication = useDesk((s) => s.adjudication);
  const side = adjudication ? curatedSide(d, adjudication.layers) : null;
  const t = useT();
  return (
    <div className="disagreement-detail" aria-label={`${t(TYPE_LABEL[d.type])}: ${kinds(d, t)}`}>
      <div className="disagreement-sides">
        {([0, 1] as const).map((i) => (
          <Version
            key={i}
            title={`${isolate(i === 0 ? 'A' : 'B')} · ${isolate(who(pair[i]))}`}
            user
            slot={i}
            annotation={d.sides[i]}
            text={text}
            d={d}
            chosen={side === i}
            action={
              d.sides[i]
                ? {
                    label: t('desk.adjudication.accept', { side: i === 0 ? 'A' : 'B', key: i + 1 }),
                    run: () => void useDesk.getState().accept(i),
                  }
                : null
            }
          />
        ))}
        <Version
          title={side === 'edited' ? t('desk.adjudication.curatedEdited') : t('exchange.layer.curated')}
          slot="curated"
          annotation={d.curated}
          text={text}
          d={d}
          chosen={false}
          empty={leftOut ? t('desk.adjudication.leftOut') : t('desk.adjudication.notSettled')}
          action={{ label: t('desk.adjudication.leaveOutKey'), run: () => void useDesk.getState().leaveOut() }}
          editable
        />
      </div>
    </div>
  );
}

function Version(props: {
  title: string;
  /** The title names a colleague: theirs, not the interface's. */
  user?: boolean;
  slot: 0 | 1 | 'curated';
  annotation: Annotation | null;
  text: string;
  d: Disagreement;
  chosen: boolean;
  empty?: string;
  action: { label: string; run: () => void } | null;
  editable?: boolean;
}) {
  const { annotation: x, text, d } = props;
  const adjudication = useDesk((s) => s.adjudication);
  const layer = adjudication
    ? props.slot === 0
      ? adjudication.layers.a
      : props.slot === 1
        ? adjudication.layers.b
        : adjudication.layers.curated
    : [];
  const attributes = x ? comparableAttributes(x, new Map(layer.map((y) => [y.id, y]))) : {};
  const from = Math.max(0, d.start - 50);
  const to = Math.min(text.length, d.end + 50);
  const tr = useTranslator();
  const { t } = tr;
  return (
    <article className={`version version-${props.slot}${props.chosen ? ' chosen' : ''}`} aria-label={props.title}>
      <h3 dir="auto">
        {props.user ? <span data-user-content="">{props.title}</span> : props.title}
        {props.chosen && <span className="tag"> {t('desk.adjudication.inCurated')}</span>}
      </h3>
      {x ? (
        <>
          <p className="version-context" dir="auto" data-user-content="">
            {from > 0 && '…'}
            {text.slice(from, x.start)}
            <mark className={`hl-${x.type}`}>{text.slice(x.start, x.end)}</mark>
            {text.slice(x.end, to)}
            {to < text.length && '…'}
          </p>
          <dl className="version-fields">
            <div>
              <dt>{t('desk.adjudication.span')}</dt>
              <dd className={d.kinds.includes('boundaries') ? 'differs' : undefined}>
                {tr.number(x.start)}–{tr.number(x.end)}
              </dd>
            </div>
            {!props.editable &&
              Object.entries(attributes).map(([k, v]) => (
                <div key={k}>
                  <dt>
                    {t(k === 'kind' && x.type === 'figure' ? 'document.editor.figureKind' : (FIELD_LABEL[k] ?? 'document.editor.value'))}
                  </dt>
                  <dd dir="auto" className={d.fields.includes(k) ? 'differs' : undefined}>
                    {v === '' || v === 'null' ? '—' : <FieldValue type={x.type} field={k} value={v} />}
                  </dd>
                </div>
              ))}
            {!props.editable && (
              <div>
                <dt>{t('document.editor.verdict')}</dt>
                <dd className={d.kinds.includes('verdict') ? 'differs' : undefined}>
                  {t(VERDICT_LABEL[x.verdict.status])}
                  {x.verdict.note.trim() && (
                    <>
                      {' '}
                      · <bdi dir="auto">{x.verdict.note}</bdi>
                    </>
                  )}
                </dd>
              </div>
            )}
          </dl>
          {props.editable && <CuratedFields annotation={x} curated={layer} />}
        </>
      ) : (
        <p className="hint">{props.empty ?? t('desk.adjudication.didNotMark')}</p>
      )}
      {props.action && (
        <button type="button" onClick={props.action.run}>
          {props.action.label}
        </button>
      )}
    </article>
  );
}

/** The attribute names the comparison uses, as the card editor labels them (a figure's kind has its own). */
const FIELD_LABEL: Record<string, MessageId> = {
  kind: 'document.editor.quoteKind',
  cue: 'document.editor.cue',
  speaker: 'document.editor.speaker',
  name: 'document.editor.name',
  role: 'document.editor.role',
  affiliation: 'document.editor.affiliation',
  value: 'document.editor.value',
  unit: 'document.editor.unit',
  counts: 'document.editor.counts',
};

/** A kind is ours to translate; every other value is the journalist's text. */
function FieldValue({ type, field, value }: { type: string; field: string; value: string }) {
  const t = useT();
  const kinds: Record<string, MessageId> | undefined =
    field !== 'kind' ? undefined : type === 'quote' ? QUOTE_KIND : type === 'figure' ? FIGURE_KIND : undefined;
  const id = kinds && Object.hasOwn(kinds, value) ? kinds[value] : undefined;
  return id ? <>{t(id)}</> : <UserText>{value}</UserText>;
}
