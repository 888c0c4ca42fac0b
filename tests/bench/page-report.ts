import type { Page } from '@playwright/test';

/**
 * A time the page reports itself by calling `window[name](time)` (from an init script), without
 * being polled: Playwright's polling (`waitForFunction`) injects its own script into the page,
 * which runs in the middle of a page still loading but after a page already done — it would
 * weigh on the app and not on the floor beside it. Call before navigating.
 */
export async function reportedTime(page: Page, name: string, timeoutMs = 60_000): Promise<() => Promise<number>> {
  let report!: (time: number) => void;
  const reported = new Promise<number>((resolve) => (report = resolve));
  await page.exposeBinding(name, (_source, time: number) => report(time));
  return () => Promise.race([reported, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${page.url()} never reported ${name}`)), timeoutMs))]);
}
