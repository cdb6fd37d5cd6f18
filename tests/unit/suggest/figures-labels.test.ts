import { describe, expect, it } from 'vitest';
import { ACCEPT_ALL_THRESHOLD } from '../../../shared/suggest/calibration';
import { figures } from './helpers';

// Numbers that label a year or a time rather than count anything. Every sentence is our own.
const shown = (text: string) => figures(text).map((f) => f.text);

describe('Figures: financial-year labels and four-digit clock times', () => {
  it('reads "2025-26" and "2024/25" as one date each, not a year and a count', () => {
    const text = 'The 2025-26 budget is larger than the 2024/25 outturn, the treasury said.';
    expect(shown(text)).toEqual(['2025-26', '2024/25']);
    const label = figures(text)[0];
    expect(label?.attributes.kind).toBe('date');
    expect(label?.attributes.value).toBe('2025/2026');
    // Which two years a label names is a convention the annotator confirms: left for review.
    expect(label?.confidence).toBeLessThan(ACCEPT_ALL_THRESHOLD);
  });

  it('keeps a year range and a subtraction that are not labels', () => {
    // 2019-2023 is a range of years; 2025-30 does not name the next year.
    expect(shown('Output grew every year in 2019-2023.')).toEqual(['2019-2023']);
    expect(shown('The plan covers 2025-30.')).not.toContain('2025-30');
  });

  it('takes no four-digit clock time for a figure', () => {
    expect(shown('The ferry leaves at 0930 and the last one at 1745 hrs, carrying 1200 passengers.')).toEqual(['1200 passengers']);
  });

  it('takes no hour written as a word after "at" for a figure, but keeps a level "stood at nine,"', () => {
    expect(shown('She would open at nine on her last morning, and close at ten o’clock.')).toEqual([]);
    expect(shown('The index stood at nine, its lowest level.')).toEqual(['nine']);
  });
});
