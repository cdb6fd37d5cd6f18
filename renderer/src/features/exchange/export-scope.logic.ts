import type { MessageId } from '../../../../shared/i18n/catalogs';
import { ANNOTATION_TYPES, type AnnotationType, VERDICT_STATUSES, type VerdictStatus } from '../../../../shared/domain/annotation';
import type { AnnotationFilterInput } from '../../../../shared/exchange/filter';

export type ScopeKind = 'current' | 'chosen' | 'corpus' | 'filters' | 'preset';

export interface ScopeChoice {
  kind: ScopeKind;
  currentId: string | null;
  chosenIds: string[];
  types: AnnotationType[];
  verdicts: VerdictStatus[];
  preset: AnnotationFilterInput | null;
  includeExcluded: boolean;
}

/**
 * Whether the preset itself says if annotations inside excluded regions go out; then the
 * dialog's checkbox shows that and cannot change it, or the file would hold fewer rows than
 * the scope's label promises.
 */
export function presetFixesExcluded(preset: AnnotationFilterInput | null): boolean {
  return preset?.includeExcluded !== undefined;
}

/** The export filter for what the dialog shows, or the reason the Export button is disabled. */
/** A refusal is a message id: the dialog says it in the interface's language. */
export function filterForScope(choice: ScopeChoice): { filter: AnnotationFilterInput } | { problem: MessageId } {
  const includeExcluded = choice.includeExcluded;
  switch (choice.kind) {
    case 'current':
      return choice.currentId
        ? { filter: { documentIds: [choice.currentId], includeExcluded } }
        : { problem: 'exchange.problem.noDocument' };
    case 'chosen':
      return choice.chosenIds.length > 0
        ? { filter: { documentIds: choice.chosenIds, includeExcluded } }
        : { problem: 'exchange.problem.chooseDocument' };
    case 'corpus':
      return { filter: { includeExcluded } };
    case 'filters':
      if (choice.types.length === 0) return { problem: 'exchange.problem.chooseType' };
      if (choice.verdicts.length === 0) return { problem: 'exchange.problem.chooseVerdict' };
      return {
        filter: {
          // "All of them" is no filter at all, which keeps the export's description honest.
          ...(choice.types.length < ANNOTATION_TYPES.length ? { types: choice.types } : {}),
          ...(choice.verdicts.length < VERDICT_STATUSES.length ? { verdicts: choice.verdicts } : {}),
          includeExcluded,
        },
      };
    case 'preset':
      if (!choice.preset) return { problem: 'exchange.problem.nothing' };
      // A view that lists rows inside boilerplate (the annotations table) promised those rows.
      return { filter: { ...choice.preset, includeExcluded: choice.preset.includeExcluded ?? includeExcluded } };
  }
}

/** Adds or removes `item`, keeping the order of `all` so the export's description reads naturally. */
export function toggleInOrder<T>(all: readonly T[], list: readonly T[], item: T, on: boolean): T[] {
  return all.filter((x) => (x === item ? on : list.includes(x)));
}
