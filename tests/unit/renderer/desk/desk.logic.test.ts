import { describe, expect, it } from 'vitest';
import { agreementRows, figure } from '../../../../renderer/src/features/desk/agreement.logic';
import { checkAnnotator, shortAnnotatorName } from '../../../../renderer/src/features/desk/annotator.logic';
import { historyLines } from '../../../../renderer/src/features/desk/history.logic';
import { layerStyles } from '../../../../renderer/src/features/desk/layer-style.logic';
import { ago, conflictField, conflictValue, describeChanges, headerParts } from '../../../../renderer/src/features/desk/sync.logic';
import { emptySummary } from '../../../../shared/sync/changes';
import type { SyncStatus } from '../../../../shared/contract/sync';
import { createTranslator } from '../../../../shared/i18n/translate';

const tr = createTranslator({ language: 'en', digits: 'latn' });
const { t } = tr;
const ar = createTranslator({ language: 'ar', digits: 'arab' });

describe('annotator prompt', () => {
  it('accepts a name and email, trimmed', () => {
    expect(checkAnnotator('  ليلى حداد ', ' layla@example.org ', t)).toEqual({
      ok: true,
      value: { name: 'ليلى حداد', email: 'layla@example.org' },
    });
  });
  it.each([
    ['', 'layla@example.org', 'name', /Give your name/],
    ['Layla', 'layla', 'email', /email address such as/],
    ['Layla', 'layla @example.org', 'email', /email address such as/],
    ['Layla', '<layla@example.org>', 'email', /email address such as/],
    ['Layla', '', 'email', /email address such as/],
  ])('refuses name %j / email %j with a message on the %s field', (name, email, field, message) => {
    const r = checkAnnotator(name, email, t);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[field as 'name' | 'email']).toMatch(message);
  });
  it('names an annotator by display name, else by the id without its hash', () => {
    expect(shortAnnotatorName('omar-3f9a1c', {})).toBe('omar');
    expect(shortAnnotatorName('omar-3f9a1c', { 'omar-3f9a1c': 'Omar Khalil' })).toBe('Omar Khalil');
    expect(shortAnnotatorName('curated', {})).toBe('Curated');
  });
});

describe('layer styles', () => {
  it('gives each layer a letter and a pattern besides a colour slot, stable by list order', () => {
    const s = layerStyles(['omar', 'curated', 'sara']);
    expect(Object.values(s).map((x) => [x.letter, x.slot])).toEqual([
      ['A', 0],
      ['B', 1],
      ['C', 2],
    ]);
    expect(new Set(Object.values(s).map((x) => x.pattern)).size).toBe(3);
  });
});

function status(over: Partial<SyncStatus>): SyncStatus {
  return {
    remoteUrl: 'https://git.example.org/desk.git',
    annotator: { id: 'layla-1', name: 'Layla', email: 'l@example.org' },
    toShare: { files: 0, summary: emptySummary(), commits: 0 },
    arriving: { commits: 0, fetchedAt: null },
    lastSyncAt: null,
    lastError: null,
    conflicts: { open: 0, decided: 0 },
    syncing: null,
    credentials: { source: 'env', present: true },
    ...over,
  };
}

describe('sync in the header', () => {
  const now = new Date('2026-01-01T12:00:00Z');
  it('says what is to share, what arrives, when, and what to decide', () => {
    const summary = { ...emptySummary(), annotations: { added: 3, changed: 1, deleted: 0 }, verdicts: 2 };
    const p = headerParts(
      status({
        toShare: { files: 2, summary, commits: 0 },
        arriving: { commits: 1, fetchedAt: null },
        lastSyncAt: '2026-01-01T11:55:00Z',
        conflicts: { open: 2, decided: 0 },
      }),
      now,
      tr,
    );
    expect(p).toEqual({
      toShare: '4 annotations, 2 verdicts to share',
      arriving: '1 change arriving',
      last: 'Last sync 5 min ago',
      conflicts: '2 conflicts to decide',
      unconfigured: false,
    });
    expect(headerParts(status({ remoteUrl: null }), now, tr).unconfigured).toBe(true);
    expect(headerParts(status({}), now, tr).last).toBe('Last sync never');
    expect(headerParts(status({ conflicts: { open: 11, decided: 0 } }), now, ar).conflicts).toBe('١١ خلافًا بانتظار القرار');
  });
  it('describes changes and times in words', () => {
    expect(describeChanges(emptySummary(), t)).toBe('');
    expect(ago('2026-01-01T09:00:00Z', now, tr)).toBe('3 h ago');
    expect(ago('2026-01-01T09:00:00Z', now, ar)).toBe('منذ ٣ ساعات');
    expect(ago('2025-12-01T09:00:00Z', now, tr)).toBe('2025-12-01');
  });
  it('shows conflicting values as a journalist reads them', () => {
    expect(conflictValue({ status: 'false', note: 'الرقم خاطئ' }, t)).toBe('False — “الرقم خاطئ”');
    expect(conflictValue(undefined, t)).toBe('(deleted)');
    expect(conflictValue('Reuters', t)).toBe('Reuters');
    expect(conflictField('annotations[a1].verdict.status', t)).toBe('Verdict status');
    expect(conflictField('title', t)).toBe('Title');
  });
});

describe('history lines', () => {
  it('lists newest first: who, what changed (before → after), and whether it is synced', () => {
    const lines = historyLines(
      [
        { action: 'created', by: 'layla-1', at: '2026-01-01T10:00:00Z', commit: 'abc', changes: [] },
        {
          action: 'changed',
          by: 'omar-3f9a1c',
          at: '2026-01-02T10:00:00Z',
          commit: null,
          changes: [{ field: 'verdict.status', before: 'unchecked', after: 'false' }],
        },
      ],
      { 'layla-1': 'Layla Haddad' },
      t,
    );
    expect(lines).toEqual([
      { who: 'omar', what: 'changed', details: ['the verdict: Unchecked → False'], when: '2026-01-02T10:00:00Z', synced: false },
      { who: 'Layla Haddad', what: 'created it', details: [], when: '2026-01-01T10:00:00Z', synced: true },
    ]);
  });
});

describe('agreement table', () => {
  it('shows none as — (never 1) and rows per type and pair', () => {
    expect(figure(null)).toBe('—');
    expect(figure(0.7434)).toBe('0.74');
    const rows = agreementRows(
      {
        spans: [
          {
            type: 'quote',
            pairs: [{ a: 'x', b: 'y', exact: { a: 2, b: 2, matched: 1, f1: 0.5 }, overlap: { a: 2, b: 2, matched: 2, f1: 1 } }],
            meanF1: { exact: 0.5, overlap: 1 },
          },
        ],
        labels: [
          {
            attribute: 'verdict',
            units: 2,
            pairable: 2,
            alpha: null,
            fleiss: { kappa: null, units: 0 },
            cohen: [{ a: 'x', b: 'y', kappa: 0.4, units: 2 }],
          },
        ],
      },
      { x: 'Layla', y: 'Omar' },
      tr,
    );
    expect(rows.spans).toEqual([{ type: 'quote', pair: 'Layla · Omar', exact: '0.50', overlap: '1.00', counts: '2 matched of 2 / 2' }]);
    expect(rows.summaries).toEqual([{ attribute: 'Verdict', alpha: '—', fleiss: '—', units: 2 }]);
    expect(rows.labels[0]?.kappa).toBe('0.40');
  });
});
