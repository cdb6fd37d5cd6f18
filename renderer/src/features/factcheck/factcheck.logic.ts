import type { SessionClaimView, SessionSummary } from '../../../../shared/contract/sessions';
import type { VerdictStatus } from '../../../../shared/domain/annotation';
import type { AnnotationFilterInput } from '../../../../shared/search/filter';

export type FilterState = Required<
  Pick<AnnotationFilterInput, 'types' | 'verdicts' | 'speaker' | 'documentIds' | 'outlet' | 'dateField' | 'from' | 'to' | 'text'>
>;

export const EMPTY_FILTER: FilterState = {
  types: [],
  verdicts: [],
  speaker: '',
  documentIds: [],
  outlet: '',
  dateField: 'published',
  from: '',
  to: '',
  text: '',
};

/** A filter chip pressed: the value joins the list, or leaves it. */
export function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** What "New session…" starts from: the table's filter, or the unchecked claims when the table is unfiltered. */
export function sessionFilterFrom(tableFilter: FilterState): FilterState {
  return tableFilter === EMPTY_FILTER ? { ...EMPTY_FILTER, verdicts: ['unchecked'] } : tableFilter;
}

/** Number keys set a verdict and move on; the order follows how often checkers use them. */
export const VERDICT_KEYS: ReadonlyArray<readonly [string, VerdictStatus]> = [
  ['1', 'verified'],
  ['2', 'disputed'],
  ['3', 'false'],
  ['4', 'unverifiable'],
  ['0', 'unchecked'],
];

/** The verdict a key sets (the digit itself, or its physical key on another layout), if any. */
export function verdictForKey(key: string, code: string): VerdictStatus | undefined {
  return VERDICT_KEYS.find(([digit]) => key === digit || code === `Digit${digit}`)?.[1];
}

/** The verdict form as the checker fills it in. */
export interface Draft {
  status: VerdictStatus;
  note: string;
  evidence: string;
  checkedBy: string;
}

/** The form for a claim: its verdict so far, signed by whoever checked it or the session's checker. */
export function draftOf(claim: SessionClaimView | null, session: SessionSummary | null): Draft {
  const verdict = claim?.row?.verdict;
  return {
    status: verdict?.status ?? 'unchecked',
    note: verdict?.note ?? '',
    evidence: (verdict?.evidence ?? []).join('\n'),
    checkedBy: verdict?.checkedBy || session?.checkedBy || '',
  };
}

/** The verdict to store from the form: one evidence entry per non-empty line, stamped unless unchecked. */
export function verdictOf(draft: Draft, status: VerdictStatus, now: Date) {
  return {
    status,
    note: draft.note.trim(),
    evidence: draft.evidence
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    checkedBy: draft.checkedBy.trim(),
    checkedAt: status === 'unchecked' ? '' : now.toISOString(),
  };
}

/** Every claim has a verdict, or is gone from its document. */
export function allChecked(progress: SessionSummary['progress']): boolean {
  return progress.checked + progress.missing >= progress.total;
}
