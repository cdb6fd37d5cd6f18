import { describe, expect, it } from 'vitest';
import { ByteBudget, Turns } from '../../../electron/services/import/scheduling';

describe('import scheduling', () => {
  it('admits files while their bytes fit, always admits one, and keeps the order of arrival', async () => {
    const budget = new ByteBudget(100);
    const admitted: string[] = [];
    const take = (name: string, bytes: number) => budget.acquire(bytes).then(() => admitted.push(name));
    await take('a', 60);
    const waiting = [take('b', 60), take('c', 10)];
    await Promise.resolve();
    // c would fit, but must not overtake b.
    expect(admitted).toEqual(['a']);
    budget.release(60);
    await Promise.all(waiting);
    // Once b is in, c fits beside it.
    expect(admitted).toEqual(['a', 'b', 'c']);
    const d = take('d', 40);
    await Promise.resolve();
    expect(admitted).not.toContain('d');
    budget.release(70);
    await d;
    budget.release(40);
    await take('huge', 500);
    expect(admitted.at(-1)).toBe('huge');
  });

  it('lets files write in the order given even when a later one is ready first', async () => {
    const turns = new Turns();
    const order: number[] = [];
    const second = turns.wait(1).then(() => order.push(1));
    const third = turns.wait(2).then(() => order.push(2));
    turns.release(2);
    await Promise.resolve();
    expect(order).toEqual([]);
    await turns.wait(0).then(() => order.push(0));
    turns.release(0);
    await second;
    turns.release(1);
    await third;
    expect(order).toEqual([0, 1, 2]);
  });
});
