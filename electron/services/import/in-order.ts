import { type FileOutcome, type ImportTotals, totalsOf } from '../../../shared/import/report';

/**
 * Hands each file's outcome to `emit` in the sources' order as soon as it and every one before
 * it are final, then lets it go: a caller that prints as it goes (`isnad import`) keeps no
 * report that grows with the file count, only the totals (memory flat from 2,000 files to 10,000).
 */
export class OutcomesInOrder {
  readonly totals: ImportTotals = totalsOf([]);
  /** Some file was left out by a cancel (what the report's `cancelled` says). */
  sawCancelled = false;
  #next = 0;

  constructor(private readonly emit: (outcome: FileOutcome) => void) {}

  /** Called after each file settles; `outcomes` holds the settled ones at their sources' places. */
  settle(outcomes: Array<FileOutcome | undefined>): void {
    while (this.#next < outcomes.length && outcomes[this.#next] !== undefined) {
      const outcome = outcomes[this.#next] as FileOutcome;
      const one = totalsOf([outcome]);
      for (const key of Object.keys(one) as Array<keyof ImportTotals>) this.totals[key] += one[key];
      if (outcome.status === 'cancelled') this.sawCancelled = true;
      // The slot is emptied but never looked at again: the walk only goes forward.
      outcomes[this.#next] = undefined;
      this.#next++;
      this.emit(outcome);
    }
  }
}
