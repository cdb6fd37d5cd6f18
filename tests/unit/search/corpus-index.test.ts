import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../../electron/services/search/corpus-index';
import { TermDictionary } from '../../../electron/services/search/positions';

function sample(): CorpusIndex {
  const index = new CorpusIndex();
  index.add({ id: 'a', title: 'وزير الخارجيه', text: 'قال وزير الخارجيه الامريكي ان وقف اطلاق النار' });
  index.add({ id: 'b', title: 'budget', text: 'the council approved the budget the' });
  index.add({ id: 'c', title: '', text: 'وبالخارجيه قال 75 the' });
  index.add({ id: 'd', title: 'gone', text: 'removed soon' });
  // A replaced and a discarded document leave dirt behind, which a snapshot must keep as it is.
  index.replace({ id: 'b', title: 'spending plan', text: 'the council approved the spending plan' });
  index.discard('d');
  return index;
}

/** toJSON() with the terms in a fixed order: the radix tree lists them in insertion order. */
function plain(index: CorpusIndex) {
  const json = index.toJSON();
  return { ...json, index: Object.fromEntries([...json.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
}

function roundTrip(index: CorpusIndex): CorpusIndex {
  const dictionary = TermDictionary.from(['', 'قال', 'the']);
  const snapshot = index.snapshot((term) => dictionary.intern(term));
  return CorpusIndex.restore(snapshot, dictionary.toJSON());
}

describe('the search index snapshot', () => {
  it('restores exactly what MiniSearch had, dirt included, and searches the same', () => {
    const index = sample();
    const restored = roundTrip(index);
    expect(plain(restored)).toEqual(plain(index));
    for (const query of ['the', 'قال', 'council', 'الخارجيه', 'gone', 'spending']) {
      expect(restored.search(query)).toEqual(index.search(query));
    }
    // Words not looked at since the restore are saved again as they were.
    expect(plain(roundTrip(roundTrip(index)))).toEqual(plain(index));
  });

  it('takes changes after a restore, read and unread words alike', () => {
    const index = sample();
    const restored = roundTrip(index);
    for (const target of [index, restored]) {
      // A search also sweeps the word's dirt (MiniSearch does that on the way), on both alike.
      expect(target.search('council').map((r) => r.id)).toEqual(['b']);
      target.add({ id: 'e', title: 'new', text: 'the armistice council' });
      target.replace({ id: 'a', title: 'وزير', text: 'قال الوزير' });
      target.discard('c');
    }
    expect(restored.search('armistice').map((r) => r.id)).toEqual(['e']);
    expect(plain(restored)).toEqual(plain(index));
    expect(plain(roundTrip(restored))).toEqual(plain(index));
    for (const query of ['the', 'قال', 'council', 'الخارجيه']) expect(restored.search(query)).toEqual(index.search(query));
  });

  it('refuses a damaged snapshot instead of loading half an index', () => {
    const dictionary = TermDictionary.from(['']);
    const snapshot = sample().snapshot((term) => dictionary.intern(term));
    const terms = dictionary.toJSON();
    expect(() => CorpusIndex.restore({ ...snapshot, postings: snapshot.postings.subarray(0, snapshot.postings.length - 1) }, terms)).toThrow(
      /ends too early/,
    );
    expect(() => CorpusIndex.restore(snapshot, terms.slice(0, 3))).toThrow(/unknown word/);
    expect(() => CorpusIndex.restore({ ...snapshot, meta: { ...snapshot.meta, ids: ['a'] } }, terms)).toThrow(/documents wrongly/);
  });

  it('tells which documents hold a word, in title or text', () => {
    const index = sample();
    expect(index.hasAny('c', ['قال'])).toBe(true);
    expect(index.hasAny('b', ['قال', 'spending'])).toBe(true);
    expect(index.hasAny('b', ['budget'])).toBe(false);
    expect(index.hasAny('d', ['gone'])).toBe(false);
  });
});
