import { createInterface } from 'node:readline/promises';
import { type LockHolder, breakCorpusLock, readCorpusLock } from '../../services/corpus/lock';
import type { Command } from '../command';
import { USAGES } from '../usage';
import { UsageError, parseOptions } from '../command';
import { corpusDirFrom } from '../corpus';

function describe(holder: LockHolder): string {
  return `locked by ${holder.by} on ${holder.otherHost ? `another computer (${holder.host})` : `this computer (${holder.host})`}, pid ${holder.pid}, since ${holder.since}${
    holder.lastSeen ? `, last active ${holder.lastSeen}` : ''
  }`;
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
      io.out(`The corpus at ${dir} is not locked.`);
      return 0;
    }
    io.err(`The corpus at ${dir} is ${describe(holder)}.`);
    if (holder.running) {
      io.err('That process is still running on this computer: close it there instead; nothing was changed.');
      return 1;
    }
    if (!values.yes) {
      if (!process.stdin.isTTY) {
        io.err(
          'Taking the lock over lets this computer write to the corpus; if it is still open there, both would write. Run again with --yes to confirm.',
        );
        return 1;
      }
      if (!(await confirmed('Is the corpus closed on that computer, and should this one take it over? [y/N] '))) {
        io.err('Not taken over; nothing was changed.');
        return 1;
      }
    }
    await breakCorpusLock(dir, holder);
    io.out(`Unlocked: ${dir} can be opened here now.`);
    return 0;
  },
};
