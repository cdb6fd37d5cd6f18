import { describe, expect, it } from 'vitest';
import {
  type ScopeChoice,
  filterForScope,
  presetFixesExcluded,
  toggleInOrder,
} from '../../../../renderer/src/features/exchange/export-scope.logic';
import { AnnotationFilter } from '../../../../shared/exchange/filter';
import { createTranslator } from '../../../../shared/i18n/translate';

const { t } = createTranslator({ language: 'en', digits: 'latn' });
/** The refusal as the dialog shows it (the logic returns the message id). */
const said = (r: ReturnType<typeof filterForScope>) => ('problem' in r ? t(r.problem) : 'no problem');

const base: ScopeChoice = {
  kind: 'corpus',
  currentId: 'd1',
  chosenIds: [],
  types: ['quote', 'speaker', 'figure'],
  verdicts: ['unchecked', 'verified', 'disputed', 'false', 'unverifiable'],
  preset: null,
  includeExcluded: false,
};

describe('the Export dialog’s scope', () => {
  it('turns each choice into the filter the exporter accepts', () => {
    const cases: Array<[Partial<ScopeChoice>, object]> = [
      [{ kind: 'current' }, { documentIds: ['d1'], includeExcluded: false }],
      [
        { kind: 'chosen', chosenIds: ['d2', 'd3'] },
        { documentIds: ['d2', 'd3'], includeExcluded: false },
      ],
      [{ kind: 'corpus', includeExcluded: true }, { includeExcluded: true }],
      [
        { kind: 'filters', types: ['quote'], verdicts: ['false'] },
        { types: ['quote'], verdicts: ['false'], includeExcluded: false },
      ],
      // Everything ticked is no narrowing at all, so documents without annotations still go out.
      [{ kind: 'filters' }, { includeExcluded: false }],
      [
        { kind: 'preset', preset: { speaker: 'العمري' } },
        { speaker: 'العمري', includeExcluded: false },
      ],
    ];
    for (const [choice, filter] of cases) {
      const result = filterForScope({ ...base, ...choice });
      expect(result, choice.kind).toEqual({ filter });
      expect(AnnotationFilter.safeParse((result as { filter: object }).filter).success).toBe(true);
    }
  });

  it('keeps the rows a preset names inside boilerplate even while the dialog’s checkbox is off', () => {
    // "Export these…" promises exactly the table's rows, some of which may lie in excluded regions.
    const preset = { documentIds: ['d1'], annotationIds: ['a1', 'a2'], includeExcluded: true };
    expect(filterForScope({ ...base, kind: 'preset', preset, includeExcluded: false })).toEqual({ filter: preset });
    expect(presetFixesExcluded(preset)).toBe(true);
    // A preset that does not say leaves the choice to the checkbox.
    expect(presetFixesExcluded({ speaker: 'العمري' })).toBe(false);
    expect(filterForScope({ ...base, kind: 'preset', preset: { speaker: 'العمري' }, includeExcluded: true })).toEqual({
      filter: { speaker: 'العمري', includeExcluded: true },
    });
  });

  it('says why Export is disabled when the choice selects nothing', () => {
    expect(said(filterForScope({ ...base, kind: 'current', currentId: null }))).toBe('No document is open.');
    expect(said(filterForScope({ ...base, kind: 'chosen' }))).toBe('Choose at least one document.');
    expect(said(filterForScope({ ...base, kind: 'filters', types: [] }))).toBe('Choose at least one annotation type.');
    expect(said(filterForScope({ ...base, kind: 'filters', verdicts: [] }))).toBe('Choose at least one verdict.');
  });

  it('keeps ticked types and verdicts in their usual order, whatever order they were ticked in', () => {
    const all = ['quote', 'speaker', 'figure'] as const;
    expect(toggleInOrder(all, ['figure'], 'quote', true)).toEqual(['quote', 'figure']);
    expect(toggleInOrder(all, ['quote', 'figure'], 'quote', false)).toEqual(['figure']);
  });
});
