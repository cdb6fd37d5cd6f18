import { describe, expect, it } from 'vitest';
import { failuresOf, runFaultSuite } from '../../faults/suite';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();

/**
 * The short fault suite for CI (`npm run bench -- faults` runs the long one and prints its
 * figures): a few seeded kill -9 trials per kind of write, the locks, a full disk, a zip
 * bomb and a fuzz of every contract operation. Nothing may be corrupt, lost or crash.
 */
describe('fault suite (short)', () => {
  it('kill -9, stale and foreign locks, a full disk, a zip bomb and a contract fuzz: 0 corrupt, 0 lost, 0 crashes, 0 writes on refusal', async () => {
    const seed = Number(process.env.ISNAD_FAULT_SEED ?? 17);
    const result = await runFaultSuite(await temp.make('isnad-faults-'), {
      seed,
      apiKills: 2,
      importKills: 1,
      exportKills: 1,
      diskFullKills: 1,
      fuzzPerOperation: 6,
      bombMb: 200,
    });
    const notes = [result.api, result.import, result.export, result.diskFull, result.locks, result.fuzz].flatMap((c) => c.notes);
    expect({ seed, ...failuresOf(result) }, notes.join('\n')).toEqual({
      seed,
      corrupt: 0,
      lost: 0,
      crashes: 0,
      writesOnRefused: 0,
      wrongLocks: 0,
      bombsImported: 0,
    });
    expect(result.api.acknowledged).toBeGreaterThan(0);
    expect(result.fuzz.refused).toBeGreaterThan(result.fuzz.payloads / 2);
    expect(result.bomb.reason).toMatch(/ISNAD_MAX_ZIP_RATIO/);
    expect(result.bombBySize.reason).toMatch(/ISNAD_MAX_UNZIPPED_SIZE/);
    await temp.cleanup();
  }, 600_000);
});
