import { dialog } from 'electron';
import { IsnadError } from '../../shared/errors';
import { type LockHolder, breakCorpusLock, readCorpusLock } from '../services/corpus/lock';

/**
 * Opens the corpus; when another computer (or a crashed process whose lock cannot be told
 * stale) holds its lock, shows who and since when and asks before taking it over. A live
 * process on this computer is never taken over: its refusal is shown as it is.
 */
export async function openWithTakeover<T>(
  open: () => Promise<T>,
  corpusDir: string,
  confirm: (holder: LockHolder) => Promise<boolean>,
): Promise<T> {
  try {
    return await open();
  } catch (err) {
    if (!(err instanceof IsnadError) || err.code !== 'corpus_locked') throw err;
    const holder = await readCorpusLock(corpusDir);
    if (!holder || holder.running || !(await confirm(holder))) throw err;
    await breakCorpusLock(corpusDir, holder);
    return open();
  }
}

/** The desktop's confirmation: a native dialog, "Quit" by default. */
export async function confirmTakeover(holder: LockHolder, corpusDir: string): Promise<boolean> {
  const where = holder.otherHost ? `on another computer, ${holder.host}` : 'by an Isnad that stopped without closing it';
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: 'Corpus in use',
    message: `This corpus is locked ${where}.`,
    detail: [
      `Corpus: ${corpusDir}`,
      `Held by: ${holder.by} (pid ${holder.pid}) since ${holder.since}`,
      ...(holder.lastSeen ? [`Last active: ${holder.lastSeen}`] : []),
      '',
      'Take it over only if Isnad is closed there: if both computers write to it, work can be lost.',
    ].join('\n'),
    buttons: ['Take over', 'Quit'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  return response === 0;
}
