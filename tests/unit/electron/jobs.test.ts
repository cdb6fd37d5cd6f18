import { describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../shared/contract/app';
import { IsnadError } from '../../../shared/errors';
import { JobRegistry, throwIfCancelled } from '../../../electron/services/jobs';

/** A job's work that runs until `finish()` is called, so the test decides when cancel arrives. */
function gate() {
  let finish = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));
  return { finish, finished };
}

describe('jobs', () => {
  it('a cancel that arrives after the work finished its last item leaves the job done, with its result', async () => {
    const jobs = new JobRegistry();
    const g = gate();
    const started = jobs.start('export', async () => {
      await g.finished;
      return { written: 10 };
    });
    jobs.cancel(started.id);
    g.finish();
    expect(await jobs.wait(started.id)).toMatchObject({ state: 'done', result: { written: 10 } });
  });

  it('work that stops on cancel is cancelled, whether it throws or reports a partial result', async () => {
    const jobs = new JobRegistry();
    const thrower = gate();
    const a = jobs.start('export', async (p) => {
      await thrower.finished;
      throwIfCancelled(p.signal);
      return 'unreachable';
    });
    const reporter = gate();
    const b = jobs.start('import', async (p) => {
      await reporter.finished;
      return { files: 3, cancelled: p.signal.aborted };
    });
    jobs.cancel(a.id);
    jobs.cancel(b.id);
    thrower.finish();
    reporter.finish();
    expect(await jobs.wait(a.id)).toMatchObject({ state: 'cancelled', error: 'cancelled by the user' });
    expect(await jobs.wait(b.id)).toMatchObject({ state: 'cancelled', result: { files: 3, cancelled: true } });
  });

  it('a failure is reported as failed with its message, even if a cancel was asked for meanwhile', async () => {
    const jobs = new JobRegistry();
    const g = gate();
    const started = jobs.start('export', async () => {
      await g.finished;
      throw new IsnadError('unavailable', 'the disk is full');
    });
    jobs.cancel(started.id);
    g.finish();
    expect(await jobs.wait(started.id)).toMatchObject({ state: 'failed', error: 'the disk is full' });
    expect(() => jobs.get('j-nope')).toThrow(/no job with id "j-nope"/);
  });

  it('announces its start, its progress at most every 100 ms, and its end with the final counts', async () => {
    const seen: JobStatus[] = [];
    const jobs = new JobRegistry({ onChange: (status) => seen.push(status) });
    const started = jobs.start('import', async (p) => {
      for (let i = 1; i <= 5_000; i++) {
        p.update(i, 5_000, `file-${i}.txt`);
        if (i % 1_000 === 0) await new Promise((r) => setTimeout(r, 30));
      }
      return { files: 5_000 };
    });
    await jobs.wait(started.id);
    expect(seen[0]).toMatchObject({ id: started.id, state: 'running', done: 0 });
    expect(seen.at(-1)).toMatchObject({
      id: started.id,
      state: 'done',
      done: 5_000,
      total: 5_000,
      current: 'file-5000.txt',
      result: { files: 5_000 },
    });
    // Five thousand updates in about 150 ms come out as a handful of events, in order.
    expect(seen.length).toBeLessThan(12);
    const done = seen.map((s) => s.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
  });
});
