import { join } from 'node:path';
import { type BombResult, type FuzzCounts, type LockCounts, fuzzContract, lockFaults, zipBomb } from './hostile';
import { type KillCounts, killDuringApiWrites, killDuringExport, killDuringImport } from './kills';
import { seeded } from './processes';

export interface FaultSuiteOptions {
  seed: number;
  apiKills: number;
  importKills: number;
  exportKills: number;
  diskFullKills: number;
  fuzzPerOperation: number;
  bombMb: number;
}

export interface FaultSuiteResult {
  seed: number;
  api: KillCounts;
  import: KillCounts;
  export: KillCounts;
  diskFull: KillCounts;
  locks: LockCounts;
  bomb: BombResult;
  /** The same bomb with the ratio limit raised, so the unpacked-size limit is what stops it. */
  bombBySize: BombResult;
  fuzz: FuzzCounts;
}

/**
 * The fault suite: kill -9 during API writes, folder import and export; stale and foreign
 * locks; a full disk; zip bombs; every contract operation fed invalid payloads. Seeded, so a
 * failing run can be repeated. `root` is an empty temp folder the suite may fill.
 */
export async function runFaultSuite(
  root: string,
  options: FaultSuiteOptions,
  log: (line: string) => void = () => {},
): Promise<FaultSuiteResult> {
  const rng = seeded(options.seed);
  log(`kill -9 during API writes (${options.apiKills} trials)`);
  const apiCorpus = join(root, 'api-corpus');
  const api = await killDuringApiWrites(apiCorpus, rng, options.apiKills);
  log(`kill -9 during folder import (${options.importKills} trials)`);
  const imported = await killDuringImport(join(root, 'import'), rng, options.importKills);
  log(`kill -9 during export (${options.exportKills} trials)`);
  const exported = await killDuringExport(apiCorpus, join(root, 'exports'), rng, options.exportKills);
  log(`a full disk (ulimit -f 96 KB) with kill -9 (${options.diskFullKills} trials)`);
  const diskFull = await killDuringApiWrites(join(root, 'disk-full-corpus'), rng, options.diskFullKills, { maxFileKb: 96 });
  log('stale and foreign locks');
  const locks = await lockFaults(apiCorpus);
  log(`zip bomb (${options.bombMb} MB unpacked)`);
  const bomb = await zipBomb(join(root, 'bomb'), options.bombMb);
  const bombBySize = await zipBomb(join(root, 'bomb-size'), options.bombMb, { ISNAD_MAX_ZIP_RATIO: '100000' });
  log(`contract fuzz (${options.fuzzPerOperation} payloads per operation)`);
  const fuzz = await fuzzContract(join(root, 'fuzz-corpus'), rng, options.fuzzPerOperation);
  return { seed: options.seed, api, import: imported, export: exported, diskFull, locks, bomb, bombBySize, fuzz };
}

/** The figures the suite asserts are zero, summed. */
export function failuresOf(result: FaultSuiteResult): {
  corrupt: number;
  lost: number;
  crashes: number;
  writesOnRefused: number;
  wrongLocks: number;
  bombsImported: number;
} {
  const kills = [result.api, result.import, result.export, result.diskFull];
  return {
    corrupt: kills.reduce((n, k) => n + k.corrupt, 0),
    lost: kills.reduce((n, k) => n + k.lost, 0),
    crashes: kills.reduce((n, k) => n + k.crashes, 0) + result.fuzz.crashes + (result.api.refused > 0 ? result.api.refused : 0),
    writesOnRefused: result.fuzz.writesOnRefused,
    wrongLocks: result.locks.wrong,
    bombsImported: [result.bomb, result.bombBySize].filter((b) => b.status !== 'failed' || !b.searchWorks).length,
  };
}
