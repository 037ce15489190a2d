// Leaves the e2e counts in a file for scripts/test-all.mjs (Playwright's list reporter prints the details).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    // Only the last retry of a test decides its outcome.
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return;
    if (result.status === 'passed') this.passed++;
    else if (result.status === 'skipped') this.skipped++;
    else this.failed++;
  }

  onEnd(result: FullResult): void {
    const out = process.env.DOSSIER_TEST_COUNTS;
    if (!out) return;
    // A run that failed before any test (global setup, web server) is a failure too.
    const failed = this.failed + (result.status !== 'passed' && this.failed === 0 ? 1 : 0);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify({ passed: this.passed, failed, skipped: this.skipped }));
  }
}
