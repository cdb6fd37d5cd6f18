import { describe, expect, it } from 'vitest';
import { FingerprintIndex, distance, fingerprint, withoutExcluded } from '../../../shared/import/fingerprint';
import { detectRegions } from '../../../shared/import/regions';
import { foldedWords } from '../../../shared/import/fold';
import { LONG_ARABIC, LONG_ENGLISH } from '../../helpers/import-fixtures';

describe('near-duplicate fingerprints', () => {
  it('are identical for the same article with different boilerplate once that is excluded', () => {
    const a = `${LONG_ARABIC}\n\nاقرأ أيضاً: خبر آخر عن الزراعة\n\nالمصدر: الأهرام`;
    const b = `${LONG_ARABIC}\n\nكلمات دلالية: قمح زراعة مياه\n\nمقالات مشابهة\n• خبر أول\n• خبر ثان`;
    expect(fingerprint(withoutExcluded(a, detectRegions(a)))).toBe(fingerprint(withoutExcluded(b, detectRegions(b))));
  });

  it('stay within the near-duplicate distance for small edits and spelling variants, and far apart for other articles', () => {
    const base = fingerprint(LONG_ENGLISH);
    expect(distance(base, fingerprint(`${LONG_ENGLISH}\nFollow us on social media for the latest news.`))).toBeLessThanOrEqual(10);
    expect(distance(base, fingerprint(LONG_ENGLISH.replace('two weeks early', 'a fortnight early')))).toBeLessThanOrEqual(10);
    const folded = LONG_ARABIC.replace(/أ/g, 'ا').replace(/ى/g, 'ي');
    expect(fingerprint(folded)).toBe(fingerprint(LONG_ARABIC));
    expect(distance(fingerprint(LONG_ARABIC), base)).toBeGreaterThan(20);
  });

  it('are empty for texts too short to compare', () => {
    expect(fingerprint('Short note about nothing much.')).toBe('');
  });

  it('finds the nearest stored fingerprint within the threshold', () => {
    const index = new FingerprintIndex();
    index.add('en', fingerprint(LONG_ENGLISH));
    index.add('ar', fingerprint(LONG_ARABIC));
    expect(index.nearest(fingerprint(`${LONG_ENGLISH}\nCopyright Daily News.`))?.id).toBe('en');
    index.remove('en');
    expect(index.nearest(fingerprint(`${LONG_ENGLISH}\nCopyright Daily News.`))).toBeNull();
  });

  it('removes the one document named, wherever it is, and counts those left', () => {
    const index = new FingerprintIndex();
    const en = fingerprint(LONG_ENGLISH);
    index.add('first', en);
    for (let i = 0; i < 50; i++) index.add(`other${i}`, 'ffffffff00000000');
    index.add('no print', '');
    expect(index.size).toBe(51);
    index.remove('unknown');
    index.remove('other49');
    expect(index.size).toBe(50);
    expect(index.nearest(en)?.id).toBe('first');
    index.remove('first');
    expect(index.nearest(en)).toBeNull();
    expect(index.nearest('ffffffff00000000')?.id).toBe('other0');
    expect(index.size).toBe(49);
  });
});

describe('folding for fingerprints', () => {
  it('keeps the hamza-seat spellings fingerprints were stored with (ئ→ي, ؤ→و), so old documents still match', () => {
    expect(foldedWords('المسئول رئيس شؤون')).toEqual(['المسيول', 'رييس', 'شوون']);
  });
  it('folds what scraped copies of one article differ in: hamza on alef, tanween, tatweel, Persian letters, digits', () => {
    expect(foldedWords('أعلنَ الرئيــس ٧٥ عاماً وزیر')).toEqual(foldedWords('اعلن الرئيس 75 عاما وزير'));
  });
});
