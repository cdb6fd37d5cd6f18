import { describe, expect, it } from 'vitest';
import { SharedValues } from '../../../electron/services/import/shared-values';
import { fileOnDisk } from '../../../electron/services/import/sources';

describe('values an import keeps once', () => {
  it('gives back one frozen object per distinct count of region kinds, equal to what was given', () => {
    const shared = new SharedValues();
    const a = shared.regionKinds({ 'read-also': 1, tags: 2 });
    const b = shared.regionKinds({ 'read-also': 1, tags: 2 });
    const c = shared.regionKinds({ tags: 1 });
    expect(a).toBe(b);
    expect(a).toEqual({ 'read-also': 1, tags: 2 });
    expect(c).toEqual({ tags: 1 });
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('gives back one string per outlet name, equal to the name found', () => {
    const shared = new SharedValues();
    const line = 'Source: Northern Wire Service';
    const first = shared.outlet(line.slice(8));
    expect(first).toBe('Northern Wire Service');
    expect(shared.outlet('Northern Wire Service')).toBe(first);
  });

  it('a file on disk has only the fields given, and reads its file', async () => {
    const plain = fileOnDisk(__filename);
    expect(Object.keys(plain).sort()).toEqual(['kind', 'name']);
    const shown = fileOnDisk(__filename, { name: 'shown.ts', size: 3, key: 'k1', ocr: true });
    expect(shown).toMatchObject({ kind: 'file', name: 'shown.ts', size: 3, key: 'k1', ocr: true });
    expect(Object.keys(fileOnDisk(__filename, { size: 3 })).sort()).toEqual(['kind', 'name', 'size']);
    if (shown.kind !== 'file') throw new Error('a file');
    expect((await shown.read()).length).toBeGreaterThan(0);
  });
});
