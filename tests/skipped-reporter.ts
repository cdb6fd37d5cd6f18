import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Says out loud which tests did not run and why, so a skip is never mistaken for a pass. */
export default class SkippedReporter implements Reporter {
  readonly #skipped: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason = test.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given';
    this.#skipped.push(`  SKIPPED, NOT PASSED: ${test.titlePath().filter(Boolean).join(' › ')}\n    ${reason}`);
  }

  onEnd(): void {
    if (this.#skipped.length === 0) return;
    process.stdout.write(`\n${this.#skipped.length} test(s) did not run:\n${this.#skipped.join('\n')}\n`);
  }
}
