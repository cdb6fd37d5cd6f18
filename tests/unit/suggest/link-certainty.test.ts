import { describe, expect, it } from 'vitest';
import { calibratedLink, LINK_KEEP_THRESHOLD, rawLinkScore } from '../../../shared/suggest/link-certainty';
import type { Mention } from '../../../shared/suggest/speakers/coref';
import type { SpeakerPhrase } from '../../../shared/suggest/types';
import { quotes } from './helpers';

const mention = (start: number, end: number, kind: SpeakerPhrase['kind']): Mention => ({
  range: { start, end },
  entity: 0,
  phrase: {
    mention: { start, end },
    name: null,
    role: null,
    kind,
    plural: false,
    gender: 'unknown',
    definite: true,
    sameAsBefore: false,
  },
});

describe('quote–speaker link certainty', () => {
  it('trusts a name beside the quote more than one far back, and a far role least', () => {
    const quote = { start: 1000, end: 1100 };
    const near = calibratedLink(rawLinkScore(quote, mention(950, 980, 'name')));
    const mid = calibratedLink(rawLinkScore(quote, mention(700, 720, 'name')));
    const farRole = calibratedLink(rawLinkScore(quote, mention(100, 120, 'role')));
    expect(near).toBeGreaterThan(mid);
    expect(farRole).toBeLessThan(LINK_KEEP_THRESHOLD);
  });

  it("gives each linked quote its link's certainty, and a quote is never surer than its link", () => {
    const found = quotes(
      'Mayor Helen Ward said the bridge would reopen in May. "We are on schedule," Ward told reporters on Friday.',
    ).filter((q) => q.attributes.speakerId);
    expect(found.length).toBeGreaterThan(0);
    for (const q of found) {
      expect(q.attributes.speakerConfidence).toBeGreaterThanOrEqual(LINK_KEEP_THRESHOLD);
      expect(q.confidence).toBeLessThanOrEqual(q.attributes.speakerConfidence as number);
    }
  });

  it('offers a quote whose only speaker is a role mentioned far back without a speaker', () => {
    const filler = ' The weather stayed mild and the shops opened late on the square near the old market hall.'.repeat(6);
    const text = `The council spokesman spoke at length about the roads.${filler}\n"Nothing will change," he said.`;
    const [quote] = quotes(text);
    expect(quote?.text).toBe('Nothing will change');
    expect(quote?.attributes.speakerId).toBeNull();
  });
});
