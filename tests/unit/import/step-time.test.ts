import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { withinStepTime } from '../../../electron/services/import/limits';
import { ImportProblem } from '../../../shared/import/problems';

const step = { file: 'notes.txt' };
const never = () => new Promise<never>(() => {});

describe('a step under the time limit', () => {
  it('gives work that never asks for a signal its result, and leaves the import signal without a listener', async () => {
    const importing = new AbortController();
    let listeners = -1;
    const result = await withinStepTime(step, importing.signal, async () => {
      listeners = getEventListeners(importing.signal, 'abort').length;
      return 'read';
    });
    expect(result).toBe('read');
    expect(listeners).toBe(0);
  });

  it('aborts a signal asked for before the limit when the limit passes, with the limit as its reason', async () => {
    let seen: AbortSignal | undefined;
    const problem = await withinStepTime(
      step,
      new AbortController().signal,
      (given) => {
        seen = given.signal;
        return never();
      },
      5,
    ).catch((err: unknown) => err);
    expect(problem).toBeInstanceOf(ImportProblem);
    expect(seen?.aborted).toBe(true);
    expect(seen?.reason).toBe(problem);
  });

  it('hands a signal asked for after the limit already aborted', async () => {
    let late: AbortSignal | undefined;
    const problem = await withinStepTime(
      step,
      new AbortController().signal,
      (given) => {
        setTimeout(() => (late = given.signal), 20);
        return never();
      },
      5,
    ).catch((err: unknown) => err);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(late?.aborted).toBe(true);
    expect(late?.reason).toBe(problem);
  });

  it('follows the import being cancelled, and lets go of the import signal once done', async () => {
    const importing = new AbortController();
    let seen: AbortSignal | undefined;
    await withinStepTime(step, importing.signal, async (given) => {
      seen = given.signal;
      expect(getEventListeners(importing.signal, 'abort')).toHaveLength(1);
      importing.abort('cancelled');
    });
    expect(seen?.aborted).toBe(true);
    expect(seen?.reason).toBe('cancelled');
    expect(getEventListeners(importing.signal, 'abort')).toHaveLength(0);
  });

  it('hands a signal asked for after the import was cancelled already aborted', async () => {
    const importing = new AbortController();
    importing.abort('cancelled');
    const reason = await withinStepTime(step, importing.signal, async (given) => given.signal.reason as unknown);
    expect(reason).toBe('cancelled');
  });
});
