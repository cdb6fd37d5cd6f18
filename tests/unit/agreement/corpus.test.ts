import { describe, expect, it } from 'vitest';
import { computeAgreement } from '../../../shared/agreement/corpus';
import { makeAnnotation as ann } from '../../helpers/annotation-fixtures';

const TEXT = 'قال الوزير خالد العمري إن «الوضع تحت السيطرة» وإن 48 شخصاً أصيبوا. Officials said 1,200 people fled.';

function figures(report: ReturnType<typeof computeAgreement>, type: string) {
  return report.corpus.spans.find((s) => s.type === type)?.pairs[0];
}

describe('agreement over a corpus', () => {
  it('scores identical layers as perfect agreement, spans and labels', () => {
    const make = () => [
      ann(TEXT, 'speaker', 11, 22, { id: 's', attributes: { name: 'خالد العمري' } }),
      ann(TEXT, 'quote', 26, 45, { id: 'q', attributes: { speakerId: 's' }, verdict: { status: 'verified' } }),
      ann(TEXT, 'figure', 50, 58, { id: 'f', attributes: { value: 48 }, verdict: { status: 'false' } }),
    ];
    const report = computeAgreement([
      {
        documentId: 'd1',
        layers: [
          { annotator: 'layla', annotations: make() },
          { annotator: 'omar', annotations: make() },
        ],
      },
    ]);
    expect(report.documents).toBe(1);
    expect(figures(report, 'quote')?.exact.f1).toBe(1);
    const verdict = report.corpus.labels.find((l) => l.attribute === 'verdict');
    expect(verdict?.cohen[0]).toMatchObject({ a: 'layla', b: 'omar', units: 3 });
    expect(verdict?.alpha).toBeCloseTo(1, 10);
  });

  it('gives 0, not 1, for two annotators who marked completely different things (INCEpTION #2219)', () => {
    const report = computeAgreement([
      {
        documentId: 'd1',
        layers: [
          { annotator: 'layla', annotations: [ann(TEXT, 'quote', 26, 45, { verdict: { status: 'verified' } })] },
          { annotator: 'omar', annotations: [ann(TEXT, 'quote', 68, 100, { verdict: { status: 'verified' } })] },
        ],
      },
    ]);
    expect(figures(report, 'quote')?.overlap).toMatchObject({ a: 1, b: 1, matched: 0, f1: 0 });
    // No span was marked by both, so nothing is pairable: no coefficient at all.
    const verdict = report.corpus.labels.find((l) => l.attribute === 'verdict');
    expect(verdict).toMatchObject({ units: 2, pairable: 0, alpha: null });
  });

  it('counts a shifted boundary as an overlap match but not an exact one, and compares speakers by person', () => {
    const layla = [
      ann(TEXT, 'speaker', 11, 22, { id: 's1', attributes: { name: 'خالد العمري' } }),
      ann(TEXT, 'quote', 26, 45, { id: 'q1', attributes: { speakerId: 's1' } }),
    ];
    const omar = [
      ann(TEXT, 'speaker', 4, 22, { id: 't1', attributes: { name: 'خالد العمري' } }),
      ann(TEXT, 'quote', 27, 44, { id: 'r1', attributes: { speakerId: 't1' } }),
    ];
    const report = computeAgreement([
      {
        documentId: 'd1',
        layers: [
          { annotator: 'layla', annotations: layla },
          { annotator: 'omar', annotations: omar },
        ],
      },
    ]);
    expect(figures(report, 'quote')?.exact.f1).toBe(0);
    expect(figures(report, 'quote')?.overlap.f1).toBe(1);
    const speaker = report.corpus.labels.find((l) => l.attribute === 'quoteSpeaker');
    expect(speaker).toMatchObject({ units: 1, pairable: 1 });
    expect(speaker?.cohen[0]?.units).toBe(1);
  });

  it('uses Krippendorff with missing data across three annotators and Fleiss over units all three labelled', () => {
    const fig = (value: number, id: string) => ann(TEXT, 'figure', 50, 58, { id, attributes: { value } });
    const fig2 = (value: number, id: string) => ann(TEXT, 'figure', 84, 89, { id, attributes: { value } });
    const report = computeAgreement([
      {
        documentId: 'd1',
        layers: [
          { annotator: 'a', annotations: [fig(48, 'x1'), fig2(1200, 'x2')] },
          { annotator: 'b', annotations: [fig(48, 'y1'), fig2(1200, 'y2')] },
          { annotator: 'c', annotations: [fig(84, 'z1')] },
        ],
      },
    ]);
    const value = report.corpus.labels.find((l) => l.attribute === 'figureValue');
    expect(value).toMatchObject({ units: 2, pairable: 2, fleiss: { units: 1 } });
    expect(value?.cohen.map((c) => [c.a, c.b, c.units])).toEqual([
      ['a', 'b', 2],
      ['a', 'c', 1],
      ['b', 'c', 1],
    ]);
    expect(value?.alpha).not.toBeNull();
    expect(report.perDocument[0]?.annotators).toEqual(['a', 'b', 'c']);
  });

  it('leaves out documents only one annotator has a layer for', () => {
    const report = computeAgreement([
      { documentId: 'd1', layers: [{ annotator: 'a', annotations: [ann(TEXT, 'quote', 26, 45)] }] },
      {
        documentId: 'd2',
        layers: [
          { annotator: 'a', annotations: [] },
          { annotator: 'b', annotations: [ann(TEXT, 'quote', 26, 45)] },
        ],
      },
    ]);
    expect(report.documents).toBe(1);
    expect(figures(report, 'quote')?.exact).toMatchObject({ a: 0, b: 1, f1: 0 });
  });
});
