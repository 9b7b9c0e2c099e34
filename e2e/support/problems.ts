/**
 * Collects what should never happen on a page: console errors (Chromium reports CSP refusals such as
 * "Refused to apply inline style…" there), uncaught exceptions, and `securitypolicyviolation`
 * events. The listener is injected by the browser driver, which CSP does not restrict.
 */
import type { Page } from '@playwright/test';

export interface PageProblems {
  /** Everything unexpected so far, one line each. */
  list: () => string[];
}

/**
 * Known, expected console lines: the browser logs every non-2xx fetch. Pass the API answers a test
 * provokes on purpose (e.g. 401 from /api/auth/login for a wrong password).
 */
export interface ExpectedFailure {
  status: number;
  path: string;
}

/** The signed-out start-up probe: GET /api/me answers 401 until someone signs in. */
export const SIGNED_OUT_PROBE: ExpectedFailure = { status: 401, path: '/api/me' };

export async function watchForProblems(page: Page, expected: ExpectedFailure[] = []): Promise<PageProblems> {
  const problems: string[] = [];

  await page.exposeBinding('__siltaReportCsp', (_source, line: string) => {
    problems.push(`CSP violation: ${line}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __siltaReportCsp?: (line: string) => void }).__siltaReportCsp;
      report?.(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });

  page.on('console', (message) => {
    if (message.type() !== 'error' && !/Content Security Policy/i.test(message.text())) return;
    const url = message.location().url;
    const isExpected = expected.some(
      (failure) =>
        message.text().includes(`status of ${failure.status}`) &&
        new URL(url, 'http://x').pathname === failure.path,
    );
    if (!isExpected) problems.push(`console ${message.type()}: ${message.text()} (${url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  return { list: () => [...problems] };
}
