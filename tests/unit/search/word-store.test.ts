import { describe, expect, it } from 'vitest';
import { BOILERPLATE, BREAK, ID_MASK } from '../../../electron/services/search/positions';
import { RefColumns, type SequenceRefs, WordStore, type WordsRef, emptyRefs } from '../../../electron/services/search/word-store';

// Word sequences are kept packed (a byte or two per word) so a big import's memory stays
// flat: every id must come back exactly, boilerplate bit, breaks and the largest ids included.

function sequence(seed: number, length: number): Uint32Array {
  const out = new Uint32Array(length);
  let s = seed;
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const kind = s % 7;
    const id = kind === 0 ? BREAK : kind === 1 ? ID_MASK - (s % 5) : kind === 2 ? s % 100 : (s >>> 8) % 200_000;
    out[i] = id !== BREAK && s % 11 === 0 ? (id | BOILERPLATE) >>> 0 : id;
  }
  return out;
}

describe('packed word sequences', () => {
  it('give back every id exactly, over many chunks, with the boilerplate bit and the largest ids', () => {
    const store = new WordStore();
    const docs = Array.from({ length: 600 }, (_, i) => sequence(i + 1, i === 7 ? 400_000 : 1 + (i % 50) * 40));
    const refs = docs.map((positions, i) => store.put({ positions, titleWords: i % 5 }));
    docs.forEach((positions, i) => {
      const got = store.get(refs[i] as WordsRef);
      expect(got.titleWords).toBe(i % 5);
      expect(Array.from(got.positions)).toEqual(Array.from(positions));
    });
    // A common word takes one byte: far less than the four an id array takes.
    const small = store.put({ positions: new Uint32Array(1000).fill(3), titleWords: 0 });
    expect(small.bytes).toBe(1000);
  });

  it('keep only the sequences still wanted once compacted, and reopen from their saved pieces', () => {
    const store = new WordStore();
    const docs = Array.from({ length: 300 }, (_, i) => sequence(i + 7, 3000));
    const refs = docs.map((positions) => store.put({ positions, titleWords: 2 }));
    const kept = refs.filter((_, i) => i % 3 !== 0);
    for (const [i, ref] of refs.entries()) if (i % 3 === 0) store.release(ref);
    const { store: compact, refs: moved } = store.compacted(kept);
    const keptDocs = docs.filter((_, i) => i % 3 !== 0);
    const packed = compact.packed(moved);
    expect(packed.pieces.reduce((n, p) => n + p.length, 0)).toBe(moved.reduce((n, r) => n + r.bytes, 0));
    const { store: reopened, refs: again } = WordStore.from(packed);
    keptDocs.forEach((positions, k) => {
      expect(Array.from(compact.get(moved[k] as WordsRef).positions)).toEqual(Array.from(positions));
      expect(Array.from(reopened.get(again[k] as WordsRef).positions)).toEqual(Array.from(positions));
    });
  });

  it('refuse saved sequences that are cut short, out of range or claim more title words than they hold', () => {
    const store = new WordStore();
    const ref = store.put({ positions: Uint32Array.of(5, 9, BREAK, 300_000), titleWords: 1 });
    const packed = store.packed([ref]);
    const one = {
      start: packed.refs.starts[0] as number,
      bytes: packed.refs.bytes[0] as number,
      titleWords: packed.refs.titleWords[0] as number,
    };
    const with1 = (r: PackedRef) => ({ pieces: packed.pieces, refs: refsOf([r]) });
    expect(() => WordStore.from(with1({ ...one, bytes: one.bytes - 1 }))).toThrow(/cut short/);
    expect(() => WordStore.from(with1({ ...one, bytes: one.bytes + 1 }))).toThrow(/out of range/);
    expect(() => WordStore.from(with1({ ...one, titleWords: 5 }))).toThrow(/out of range/);
    expect(Array.from(WordStore.from(packed).store.get({ ...ref, chunk: 0, at: one.start }).positions)).toEqual([5, 9, BREAK, 300_000]);
  });

  it('hand out where each sequence is as columns, one row per ref, in the order asked', () => {
    const store = new WordStore();
    const first = store.put({ positions: Uint32Array.of(5, 9), titleWords: 1 });
    const second = store.put({ positions: Uint32Array.of(300_000, BREAK, 7), titleWords: 0 });
    const { refs } = store.packed([second, first]);
    expect(Array.from(refs.starts)).toEqual([2, 0]);
    expect(Array.from(refs.bytes)).toEqual([5, 2]);
    expect(Array.from(refs.titleWords)).toEqual([0, 1]);
  });
});

describe('ref columns', () => {
  it('give back every ref pushed, past their first size, none where cleared or out of range', () => {
    const store = new WordStore();
    const refs = Array.from({ length: 200 }, (_, i) => store.put({ positions: sequence(i + 1, 10 + i), titleWords: i % 3 }));
    const columns = RefColumns.from([...refs.slice(0, 100), null, { chunk: -1, at: 0, bytes: 0, titleWords: 0 }]);
    for (const ref of refs.slice(100)) columns.push(ref);
    expect(columns.length).toBe(202);
    expect(columns.at(0)).toEqual(refs[0]);
    expect(columns.at(99)).toEqual(refs[99]);
    expect(columns.at(100)).toBeNull();
    expect(columns.has(100)).toBe(false);
    // A slot whose words are not read yet is still a document.
    expect(columns.at(101)).toEqual({ chunk: -1, at: 0, bytes: 0, titleWords: 0 });
    expect(columns.has(101)).toBe(true);
    expect(columns.at(201)).toEqual(refs[199]);
    columns.clear(5);
    expect(columns.at(5)).toBeNull();
    expect(columns.at(6)).toEqual(refs[6]);
    expect(columns.at(202)).toBeNull();
    expect(columns.at(-1)).toBeNull();
    // The store packs from columns as from an array.
    const live = RefColumns.from(refs);
    expect(store.packed(live).refs).toEqual(store.packed(refs).refs);
  });
});

function refsOf(rows: PackedRef[]): SequenceRefs {
  const refs = emptyRefs(rows.length);
  rows.forEach((r, k) => {
    refs.starts[k] = r.start;
    refs.bytes[k] = r.bytes;
    refs.titleWords[k] = r.titleWords;
  });
  return refs;
}

type PackedRef = { start: number; bytes: number; titleWords: number };
