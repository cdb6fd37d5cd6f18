import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  allChecked,
  draftOf,
  sessionFilterFrom,
  toggle,
  verdictForKey,
  verdictOf,
} from '../../../../renderer/src/features/factcheck/factcheck.logic';
import type { SessionClaimView, SessionSummary } from '../../../../shared/contract/sessions';

const session = { checkedBy: 'Reem Haddad', progress: { checked: 3, total: 5, missing: 0 } } as SessionSummary;
const claim = (verdict: Partial<NonNullable<SessionClaimView['row']>['verdict']> | null) =>
  ({
    row: verdict ? { verdict: { status: 'unchecked', note: '', evidence: [], checkedBy: '', checkedAt: '', ...verdict } } : null,
  }) as SessionClaimView;

describe('the verdict form of a session', () => {
  it('opens a claim with its verdict so far, signed by the session’s checker when nobody checked it yet', () => {
    expect(draftOf(claim(null), session)).toEqual({ status: 'unchecked', note: '', evidence: '', checkedBy: 'Reem Haddad' });
    const checked = claim({
      status: 'disputed',
      note: 'تؤكده الوثائق',
      evidence: ['https://example.org/a', 'Phone call'],
      checkedBy: 'Layla',
    });
    expect(draftOf(checked, session)).toEqual({
      status: 'disputed',
      note: 'تؤكده الوثائق',
      evidence: 'https://example.org/a\nPhone call',
      checkedBy: 'Layla',
    });
  });

  it('stores one evidence entry per line, trimmed, empty lines dropped, and stamps when it was checked', () => {
    const draft = {
      status: 'verified' as const,
      note: '  Confirmed by the ministry. ',
      evidence: ' https://example.org/a \n\n Phone call\n',
      checkedBy: ' Reem ',
    };
    const now = new Date('2024-10-07T12:00:00Z');
    expect(verdictOf(draft, 'verified', now)).toEqual({
      status: 'verified',
      note: 'Confirmed by the ministry.',
      evidence: ['https://example.org/a', 'Phone call'],
      checkedBy: 'Reem',
      checkedAt: '2024-10-07T12:00:00.000Z',
    });
    expect(verdictOf(draft, 'unchecked', now).checkedAt).toBe('');
  });

  it('sets a verdict by number key, on any keyboard layout', () => {
    expect(verdictForKey('3', 'Digit3')).toBe('false');
    expect(verdictForKey('٣', 'Digit3')).toBe('false');
    expect(verdictForKey('0', 'Digit0')).toBe('unchecked');
    expect(verdictForKey('5', 'Digit5')).toBeUndefined();
  });

  it('counts a session as done when every claim has a verdict or was deleted', () => {
    expect(allChecked({ checked: 3, total: 5, missing: 0 })).toBe(false);
    expect(allChecked({ checked: 3, total: 5, missing: 2 })).toBe(true);
  });
});

describe('filters', () => {
  it('presses and releases a chip', () => {
    expect(toggle(['quote'], 'figure')).toEqual(['quote', 'figure']);
    expect(toggle(['quote', 'figure'], 'quote')).toEqual(['figure']);
  });

  it('starts a new session from the table’s filter, or from the unchecked claims when the table is unfiltered', () => {
    expect(sessionFilterFrom(EMPTY_FILTER)).toEqual({ ...EMPTY_FILTER, verdicts: ['unchecked'] });
    const figures = { ...EMPTY_FILTER, types: ['figure' as const] };
    expect(sessionFilterFrom(figures)).toBe(figures);
  });
});
