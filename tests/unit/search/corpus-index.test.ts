import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../../electron/services/search/corpus-index';

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

function roundTrip(index: CorpusIndex): CorpusIndex {
  return CorpusIndex.restore(index.snapshot());
}

describe('the search index snapshot', () => {
  // toJSON() is everything MiniSearch would save, words in its tree's order (scores are summed in that order).
  it('restores exactly what MiniSearch had, dirt included, and searches the same', () => {
    const index = sample();
    const restored = roundTrip(index);
    expect(restored.toJSON()).toEqual(index.toJSON());
    for (const query of ['the', 'قال', 'council', 'الخارجيه', 'gone', 'spending']) {
      expect(restored.search(query)).toEqual(index.search(query));
    }
    for (const start of ['ال', 'co', 'و']) expect(restored.search(start, { prefix: true })).toEqual(index.search(start, { prefix: true }));
    // Words not looked at since the restore are saved again as they were.
    expect(roundTrip(roundTrip(index)).toJSON()).toEqual(index.toJSON());
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
    expect(restored.toJSON()).toEqual(index.toJSON());
    expect(roundTrip(restored).toJSON()).toEqual(index.toJSON());
    for (const query of ['the', 'قال', 'council', 'الخارجيه']) expect(restored.search(query)).toEqual(index.search(query));
  });

  it('vacuums a restored index as MiniSearch does its own', async () => {
    const index = sample();
    const restored = roundTrip(index);
    for (const target of [index, restored]) {
      for (const id of ['a', 'c']) target.discard(id);
      await target.vacuum();
    }
    expect(restored.toJSON()).toEqual(index.toJSON());
    expect(restored.search('the').map((r) => r.id)).toEqual(['b']);
  });

  it('refuses a damaged snapshot instead of loading half an index', () => {
    const snapshot = sample().snapshot();
    const { terms } = snapshot;
    expect(() => CorpusIndex.restore({ ...snapshot, terms: terms.subarray(0, terms.length - 1) })).toThrow(/ends too early/);
    const longer = new Uint32Array(terms.length + 1);
    longer.set(terms);
    expect(() => CorpusIndex.restore({ ...snapshot, terms: longer })).toThrow(/malformed/);
    const huge = terms.slice();
    huge[0] = 1_000_000;
    expect(() => CorpusIndex.restore({ ...snapshot, terms: huge })).toThrow(/ends too early/);
    expect(() => CorpusIndex.restore({ ...snapshot, meta: { ...snapshot.meta, ids: ['a'] } })).toThrow(/documents wrongly/);
    expect(() => CorpusIndex.restore({ ...snapshot, meta: { ...snapshot.meta, nextId: -1 } })).toThrow(/damaged counts/);
  });

  it('tells which documents hold a word, in title or text', () => {
    const index = roundTrip(sample());
    const has = (terms: string[]) => ['a', 'b', 'c', 'd', 'x'].filter(index.containing(terms));
    expect(has(['قال'])).toEqual(['a', 'c']);
    expect(has(['قال', 'spending'])).toEqual(['a', 'b', 'c']);
    expect(has(['الخارجيه'])).toEqual(['a']);
    // The replaced text and the discarded document no longer count, though their postings linger.
    expect(has(['budget', 'gone', 'nowhere'])).toEqual([]);
  });
});
