import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Says out loud which tests did not run and why, so a skip is never mistaken for a pass, and
 * which passed only when run again, so a flaky test is named in every CI log, not hidden.
 */
export default class SkippedReporter implements Reporter {
  readonly #skipped: string[] = [];
  readonly #flaky: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    const title = test.titlePath().filter(Boolean).join(' › ');
    if (result.status === 'passed' && result.retry > 0) {
      this.#flaky.push(`  FLAKY (failed, then passed on retry ${result.retry}): ${title}`);
    }
    if (result.status !== 'skipped') return;
    const reason = test.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given';
    this.#skipped.push(`  SKIPPED, NOT PASSED: ${title}\n    ${reason}`);
  }

  onEnd(): void {
    if (this.#flaky.length > 0) {
      process.stdout.write(`\n${this.#flaky.length} test(s) are flaky and must be mended:\n${this.#flaky.join('\n')}\n`);
    }
    if (this.#skipped.length === 0) return;
    process.stdout.write(`\n${this.#skipped.length} test(s) did not run:\n${this.#skipped.join('\n')}\n`);
  }
}
