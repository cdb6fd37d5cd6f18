import { type KeyboardEvent, useEffect, useMemo, useRef } from 'react';
import { VERDICT_STATUSES, type Annotation } from '../../../../shared/domain/annotation';
import { paragraphDirectionAt } from '../../../../shared/text/direction';
import { useNavigation } from '../../app/navigation';
import { isEditable, isTextField } from '../../ui/keys';
import { TYPE_LABEL, TYPE_MARK, VERDICT_LABEL } from '../../ui/labels';
import { adjustSpan } from '../document/keyboard-selection.logic';
import { useExchange } from '../exchange/exchange.store';
import { useLibrary } from '../library/library.store';
import { type Disagreement, comparableAttributes, curatedSide } from './adjudication.logic';
import { adjudicationItems } from './adjudication.slice';
import { shortAnnotatorName } from './annotator.logic';
import { CuratedFields } from './CuratedFields';
import { useDesk } from './desk.store';
import { PairPicker } from './PairPicker';

const KIND_LABEL: Record<Disagreement['kinds'][number], string> = {
  'only-one': 'only one marked it',
  boundaries: 'different boundaries',
  attributes: 'different attributes',
  verdict: 'different verdicts',
};

/** The keys, shown on screen and in README. */
export const ADJUDICATION_KEYS: Array<[string, string]> = [
  ['↑ ↓ (J K)', 'previous / next disagreement'],
  ['1 · 2', 'accept A’s · B’s version into the curated layer'],
  ['X', 'leave it out of the curated layer'],
  ['Shift+← →', 'move the curated version’s end by a word (Ctrl: its start)'],
  ['V', 'next verdict for the curated version'],
  ['O', 'open the document at this place'],
  ['P', 'choose the two annotators compared'],
  ['Ctrl+Z · Ctrl+Shift+Z', 'undo · redo'],
];

export function AdjudicationView() {
  const adjudication = useDesk((s) => s.adjudication);
  const error = useDesk((s) => s.adjudicationError);
  const names = useDesk((s) => s.names);
  const title = useLibrary((s) => s.documents.find((d) => d.id === adjudication?.documentId)?.title);
  const rootRef = useRef<HTMLElement>(null);
  const items = useMemo(() => (adjudication ? adjudicationItems(adjudication) : null), [adjudication]);

  useEffect(() => {
    rootRef.current?.focus({ preventScroll: true });
  }, [adjudication?.documentId]);

  if (error)
    return (
      <p role="alert" className="error desk-view">
        {error}
      </p>
    );
  if (!adjudication || !items) return <p className="hint desk-view">Open a document with two annotators’ layers and choose Adjudicate.</p>;
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
      if (next) void s.editCurated(next, 'Move the curated span');
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
      void s.editCurated({ verdict: { status: VERDICT_STATUSES[(i + 1) % VERDICT_STATUSES.length] } }, 'Change the curated verdict');
    } else if (key === 'p') rootRef.current?.querySelector<HTMLSelectElement>('.pair-picker select')?.focus();
    else if (key === 'o' && d) useNavigation.getState().openDocument(adjudication.documentId, { start: d.start, end: d.end });
    else return;
    event.preventDefault();
  };

  return (
    <section ref={rootRef} className="desk-view adjudication-view" aria-label="Adjudication" tabIndex={-1} onKeyDown={onKeyDown}>
      <header className="desk-view-head">
        <h2>
          Adjudication: <bdi dir="auto">{title ?? adjudication.documentId}</bdi>
        </h2>
        <PairPicker documentId={adjudication.documentId} pair={adjudication.pair} people={adjudication.people} who={who} />
        <span role="status" className="adjudication-progress">
          {done} of {disagreements.length} settled · {agreed.length} agreed
        </span>
        <button type="button" disabled={adjudication.undo.length === 0} onClick={() => void useDesk.getState().undoCurated()}>
          Undo
        </button>
        <button type="button" disabled={adjudication.redo.length === 0} onClick={() => void useDesk.getState().redoCurated()}>
          Redo
        </button>
        <button
          type="button"
          onClick={() =>
            useExchange.getState().openExport({
              label: `Curated layer of “${title ?? adjudication.documentId}”`,
              filter: { documentIds: [adjudication.documentId] },
              layer: 'curated',
            })
          }
        >
          Export curated…
        </button>
      </header>
      {adjudication.error && (
        <p role="alert" className="dialog-error" dir="auto">
          {adjudication.error}
        </p>
      )}
      {disagreements.length === 0 && <p className="empty-note">The two layers agree everywhere on this document.</p>}
      <div className="adjudication-body">
        <ol className="disagreement-list" aria-label="Disagreements">
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
                <span className="settled-mark" aria-label={settled(x) ? 'settled' : 'open'}>
                  {settled(x) ? '✓' : '○'}
                </span>{' '}
                <span aria-hidden="true">{TYPE_MARK[x.type]}</span> <span dir="auto">{excerptOf(adjudication.text, x)}</span>
                <span className="hint"> · {x.kinds.map((k) => KIND_LABEL[k]).join(', ')}</span>
              </button>
            </li>
          ))}
        </ol>
        {d && <Detail d={d} text={adjudication.text} who={who} pair={adjudication.pair} leftOut={items.leftOut(d)} />}
      </div>
      <details className="adjudication-keys" open>
        <summary>Keys</summary>
        <dl>
          {ADJUDICATION_KEYS.map(([k, what]) => (
            <div key={k}>
              <dt>
                <kbd>{k}</kbd>
              </dt>
              <dd>{what}</dd>
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
  return (
    <div className="disagreement-detail" aria-label={`${TYPE_LABEL[d.type]}: ${d.kinds.map((k) => KIND_LABEL[k]).join(', ')}`}>
      <div className="disagreement-sides">
        {([0, 1] as const).map((i) => (
          <Version
            key={i}
            title={`${i === 0 ? 'A' : 'B'} · ${who(pair[i])}`}
            slot={i}
            annotation={d.sides[i]}
            text={text}
            d={d}
            chosen={side === i}
            action={d.sides[i] ? { label: `Accept ${i === 0 ? 'A' : 'B'} (${i + 1})`, run: () => void useDesk.getState().accept(i) } : null}
          />
        ))}
        <Version
          title={side === 'edited' ? 'Curated · edited' : 'Curated'}
          slot="curated"
          annotation={d.curated}
          text={text}
          d={d}
          chosen={false}
          empty={leftOut ? 'Left out of the curated layer.' : 'Not settled yet.'}
          action={{ label: 'Leave out (X)', run: () => void useDesk.getState().leaveOut() }}
          editable
        />
      </div>
    </div>
  );
}

function Version(props: {
  title: string;
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
  return (
    <article className={`version version-${props.slot}${props.chosen ? ' chosen' : ''}`} aria-label={props.title}>
      <h3 dir="auto">
        {props.title}
        {props.chosen && <span className="tag"> in curated</span>}
      </h3>
      {x ? (
        <>
          <p className="version-context" dir="auto">
            {from > 0 && '…'}
            {text.slice(from, x.start)}
            <mark className={`hl-${x.type}`}>{text.slice(x.start, x.end)}</mark>
            {text.slice(x.end, to)}
            {to < text.length && '…'}
          </p>
          <dl className="version-fields">
            <div>
              <dt>Span</dt>
              <dd className={d.kinds.includes('boundaries') ? 'differs' : undefined}>
                {x.start}–{x.end}
              </dd>
            </div>
            {!props.editable &&
              Object.entries(attributes).map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd dir="auto" className={d.fields.includes(k) ? 'differs' : undefined}>
                    {v === '' || v === 'null' ? '—' : v}
                  </dd>
                </div>
              ))}
            {!props.editable && (
              <div>
                <dt>Verdict</dt>
                <dd className={d.kinds.includes('verdict') ? 'differs' : undefined}>
                  {VERDICT_LABEL[x.verdict.status]}
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
        <p className="hint">{props.empty ?? 'Did not mark this.'}</p>
      )}
      {props.action && (
        <button type="button" onClick={props.action.run}>
          {props.action.label}
        </button>
      )}
    </article>
  );
}
