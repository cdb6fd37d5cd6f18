import type { FileOutcome, ImportReport } from '../../shared/import/report';
import { jsonLines } from './json-lines';

/**
 * `isnad import --json` printed as files settle: what `jsonLines(report)` prints (the report's
 * `files` come first), line for line, without keeping the files until the end. A report of
 * 10,000 files held every outcome for the whole import, memory that grew with the file count
 * (issue 18). Each file's JSON waits for the next one only to learn whether a comma follows.
 */
export class StreamedJsonReport {
  readonly #out: (line: string) => void;
  /** The latest file's JSON, printed once the next one (its comma) or the end is known. */
  #held: string | null = null;
  #files = 0;

  constructor(out: (line: string) => void) {
    this.#out = out;
  }

  /** Files printed so far. */
  get files(): number {
    return this.#files;
  }

  file(outcome: FileOutcome): void {
    if (this.#held === null) {
      this.#out('{');
      this.#out('  "files": [');
    } else this.#out(`${this.#held},`);
    // As jsonLines writes an element of a top-level array.
    this.#held = `    ${(JSON.stringify(outcome, null, 2) ?? 'null').replaceAll('\n', '\n    ')}`;
    this.#files++;
  }

  /** The rest of the report (its files, if any, printed already): totals and whether it was cancelled. */
  end(report: Omit<ImportReport, 'files'>): void {
    if (this.#held === null) {
      this.#out('{');
      this.#out('  "files": [],');
    } else {
      this.#out(this.#held);
      this.#out('  ],');
      this.#held = null;
    }
    // The same keys after `files`, in the order a report has them.
    const rest = [...jsonLines({ totals: report.totals, cancelled: report.cancelled })];
    for (const line of rest.slice(1)) this.#out(line);
  }
}
