import { type KeyboardEvent, memo, useRef } from 'react';
import type { Annotation } from '../../../../shared/domain/annotation';
import { describeFigureValue } from '../../../../shared/domain/figure-value';
import { paragraphDirectionAt } from '../../../../shared/text/direction';
import { speakerName } from '../../../../shared/domain/speakers';
import { CardEditor } from './CardEditor';
import { adjustSpan } from './keyboard-selection.logic';
import { TYPE_LABEL, TYPE_MARK, VERDICT_LABEL, excerpt } from '../../ui/labels';
import { deleteAnnotation, moveAnnotation, selectAnnotation, useSession } from './document.store';
import { focusCard } from './suggestions.slice';

/** One line under each card's excerpt: who said it, who it is, what the number is. */
export function cardSummaries(annotations: readonly Annotation[]): Map<string, string> {
  const out = new Map<string, string>();
  // One index for all lookups: resolving each quote's speaker must not rescan the list.
  const byId = new Map(annotations.map((a) => [a.id, a]));
  for (const a of annotations) {
    if (a.type === 'quote') {
      const who = speakerName(annotations, a.attributes.speakerId, byId);
      out.set(a.id, `${a.attributes.kind} · ${who ? `— ${who}` : 'no speaker yet'}`);
    } else if (a.type === 'speaker') {
      const canonical = a.attributes.sameAs ? speakerName(annotations, a.attributes.sameAs, byId) : '';
      const name = a.attributes.name.trim() || a.text;
      const parts = [canonical ? `same as ${canonical}` : name, a.attributes.role, a.attributes.affiliation].filter(Boolean);
      out.set(a.id, parts.join(' · '));
    } else {
      const value = describeFigureValue(a.attributes.value);
      const parts = [value ? `${value}${a.attributes.unit ? ` ${a.attributes.unit}` : ''}` : 'no value yet', a.attributes.counts];
      out.set(a.id, parts.filter(Boolean).join(' · '));
    }
  }
  return out;
}

let spanSessions = 0;

export const AnnotationCard = memo(function AnnotationCard(props: {
  annotation: Annotation;
  summary: string;
  selected: boolean;
  /** The cards above and below (annotation ids or suggestion keys), for ↑ ↓. */
  previousKey: string | null;
  nextKey: string | null;
}) {
  const { annotation: a, summary, selected } = props;
  const cardRef = useRef<HTMLDivElement>(null);
  const status = a.verdict.status;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const doc = useSession.getState().doc;
    if (!doc) return;
    // The paragraph's direction, not the document's: an English paragraph quoted inside an
    // Arabic article runs left to right, and so must its arrows.
    const rtl = paragraphDirectionAt(doc.text, a.start, doc.dir) === 'rtl';
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const key = event.key === 'ArrowDown' ? props.nextKey : props.previousKey;
      if (!key || event.shiftKey) return;
      event.preventDefault();
      focusCard(key);
    } else if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && event.shiftKey) {
      // Arrows follow the text's direction: in Arabic, ← moves toward the end.
      event.preventDefault();
      const forward = (event.key === 'ArrowRight') !== rtl;
      const edge = event.ctrlKey || event.metaKey ? 'start' : 'end';
      const next = adjustSpan(doc.text, a, edge, forward, event.altKey);
      if (next) moveAnnotation(a.id, next.start, next.end, `span-${spanSessions}-${a.id}`);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      deleteAnnotation(a.id);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      cardRef.current?.querySelector<HTMLElement>('.card-editor input, .card-editor select, .card-editor textarea')?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      document.querySelector<HTMLElement>('.source-pane')?.focus({ preventScroll: true });
    }
  };

  return (
    <div
      ref={cardRef}
      className={`card card-${a.type}${selected ? ' selected' : ''}${a.origin === 'suggested' ? ' origin-suggested' : ''}`}
      data-card-id={a.id}
      data-card-key={a.id}
      role="group"
      aria-label={`${TYPE_LABEL[a.type]}: ${excerpt(a.text, 60)}`}
      aria-current={selected ? 'true' : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget) spanSessions++;
      }}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('.card-editor')) return;
        selectAnnotation(a.id, { reveal: true });
      }}
    >
      <div className="card-head">
        <span className={`type-badge badge-${a.type}`}>
          <span aria-hidden="true">{TYPE_MARK[a.type]}</span> {TYPE_LABEL[a.type]}
        </span>
        {a.origin === 'suggested' && (
          <span className="origin-marker" title="Accepted from a suggestion">
            <span aria-hidden="true">✧</span> suggested
          </span>
        )}
        {status !== 'unchecked' && <span className={`verdict-badge verdict-${status}`}>{VERDICT_LABEL[status]}</span>}
      </div>
      <p className="card-text" dir="auto">
        {excerpt(a.text)}
      </p>
      <p className="card-summary" dir="auto">
        {summary}
      </p>
      {selected && <CardEditor id={a.id} onDone={() => cardRef.current?.focus()} />}
    </div>
  );
});
