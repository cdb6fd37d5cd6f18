import { describe, expect, it } from 'vitest';
import type { QuoteSuggestion, SpeakerSuggestion } from '../../../shared/domain/suggestion';
import { suggest } from '../../../shared/suggest';
import { ACCEPT_ALL_THRESHOLD } from '../../../shared/suggest/calibration';
import { MENTION_FEATURES } from '../../../shared/suggest/mention-tagger/features';
import { fitsMentionFeatures } from '../../../shared/suggest/mention-tagger/model';
import type { MentionSample } from '../../../shared/suggest/mention-tagger/tagger';
import { MENTION_MODEL } from '../../../shared/suggest/mention-tagger/weights';

// Invented sentences: a speaker introduced by a verb that reports nothing (تنتظر), then quoted after a cue with no
// written subject (تقول:), which the rules leave without a speaker.
const THREE_PART_NAME = 'وأمام المخبز، تنتظر ليلى حسن العبيدي دورها منذ ساعتين، تقول: «الخبز لم يعد يكفي أطفالي».';
const KIN = 'وأمام المخبز، تنتظر والدته دورها منذ ساعتين، تقول: «الخبز لم يعد يكفي أطفالي».';
const NOBODY = [
  'وعُلقت على الجدار لافتة كتب عليها: «الماء حق للجميع ولا يجوز قطعه عن أي بيت».',
  'الطقس اليوم: «أمطار غزيرة على المرتفعات» بحسب النشرة.',
];

const run = (text: string, mentionTagger?: 'rules') => {
  const all = suggest(text, mentionTagger ? { mentionTagger } : {});
  return {
    quotes: all.filter((s): s is QuoteSuggestion => s.type === 'quote'),
    speakers: all.filter((s): s is SpeakerSuggestion => s.type === 'speaker'),
  };
};

describe('Arabic mention tagger', () => {
  it('finds a three-part name with no title that the rules leave out', () => {
    expect(run(THREE_PART_NAME, 'rules').quotes[0]?.attributes.speakerText).toBe('');
    const { quotes, speakers } = run(THREE_PART_NAME);
    expect(quotes[0]?.attributes.speakerText).toBe('ليلى حسن العبيدي');
    expect(speakers.map((s) => s.text)).toEqual(['ليلى حسن العبيدي']);
  });

  it('finds a kinship source, without what she holds (دورها)', () => {
    expect(run(KIN, 'rules').quotes[0]?.attributes.speakerText).toBe('');
    expect(run(KIN).quotes[0]?.attributes.speakerText).toBe('والدته');
  });

  it('offers what it adds for review, never to Accept all', () => {
    const { quotes, speakers } = run(THREE_PART_NAME);
    expect(speakers[0]?.confidence).toBeLessThan(ACCEPT_ALL_THRESHOLD);
    expect(quotes[0]?.attributes.speakerConfidence).toBeLessThan(ACCEPT_ALL_THRESHOLD);
    expect(quotes[0]?.confidence).toBeLessThan(ACCEPT_ALL_THRESHOLD);
  });

  it.each(NOBODY)('adds no speaker where nobody speaks: %s', (text) => {
    const { quotes, speakers } = run(text);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((q) => q.attributes.speakerText === '')).toBe(true);
    expect(speakers).toEqual([]);
  });

  it('leaves the verb’s own subject alone', () => {
    const text = 'وقال سالم راشد الكعبي إن المحصول تراجع هذا العام بسبب الجفاف الطويل.';
    expect(run(text).quotes.map((q) => q.attributes.speakerText)).toEqual(['سالم راشد الكعبي']);
  });

  it('proposes spans of one to five words that never cross punctuation or enter the quote', () => {
    const samples: MentionSample[] = [];
    suggest(THREE_PART_NAME, { mentionTagger: 'rules', onMentionSample: (s) => samples.push(s) });
    expect(samples).toHaveLength(1);
    const [sample] = samples as [MentionSample];
    expect(sample.candidates.length).toBeGreaterThan(5);
    for (const c of sample.candidates) {
      const span = THREE_PART_NAME.slice(c.range.start, c.range.end);
      expect(span).not.toMatch(/[،:«»]/u);
      expect(span.split(' ').length).toBeLessThanOrEqual(5);
      expect(c.range.end <= sample.quote.start || c.range.start >= sample.quote.end).toBe(true);
      expect(c.features).toHaveLength(MENTION_FEATURES.length);
    }
    expect(sample.candidates.some((c) => THREE_PART_NAME.slice(c.range.start, c.range.end) === 'ليلى حسن العبيدي')).toBe(true);
  });

  it('has committed weights for exactly the features this build computes, none of them a word', () => {
    expect(fitsMentionFeatures(MENTION_MODEL)).toBe(true);
    expect(MENTION_FEATURES.some((f) => /[\u0600-\u06ff]/u.test(f))).toBe(false);
  });
});
