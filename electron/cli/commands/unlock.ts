import { createInterface } from 'node:readline/promises';
import { type LockHolder, breakCorpusLock, readCorpusLock } from '../../services/corpus/lock';
import type { Command } from '../command';
import { USAGES } from '../usage';
import { UsageError, parseOptions } from '../command';
import { corpusDirFrom } from '../corpus';
import { cli } from '../language';

function holderText(dir: string, holder: LockHolder): string {
  return cli().t('cli.unlock.holder', {
    dir,
    by: holder.by,
    where: holder.otherHost ? 'other' : 'here',
    host: holder.host,
    pid: holder.pid,
    since: holder.since,
    lastSeen: holder.lastSeen || 'none',
  });
}

async function confirmed(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

/**
 * The way out of a lock left by another computer (a corpus on a shared or synced drive) or
 * by a crash: shows who holds it and since when, and removes it only when the user confirms.
 * A lock held by a process still running on this computer is never removed.
 */
export const unlockCommand: Command = {
  ...USAGES.unlock,
  async run(argv, io) {
    const { values } = parseOptions(argv, { corpus: { type: 'string' }, yes: { type: 'boolean' } });
    if (!values.corpus) throw new UsageError('cli.usage.unlockCorpus');
    const dir = corpusDirFrom(values.corpus);
    const holder = await readCorpusLock(dir);
    if (!holder) {
      io.out(cli().t('cli.unlock.notLocked', { dir }));
      return 0;
    }
    io.err(holderText(dir, holder));
    if (holder.running) {
      io.err(cli().t('cli.unlock.stillRunning'));
      return 1;
    }
    if (!values.yes) {
      if (!process.stdin.isTTY) {
        io.err(cli().t('cli.unlock.confirmNeeded'));
        return 1;
      }
      if (!(await confirmed(cli().t('cli.unlock.ask')))) {
        io.err(cli().t('cli.unlock.notTaken'));
        return 1;
      }
    }
    await breakCorpusLock(dir, holder);
    io.out(cli().t('cli.unlock.done', { dir }));
    return 0;
  },
};
