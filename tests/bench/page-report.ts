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

/** The page's window once `defineAfterPaint` has run (a type only: init scripts are sent as text). */
export type AfterPaintWindow = { __afterPaint: (callback: () => void) => void };

/**
 * Defines `window.__afterPaint(callback)` in every document of the page: the callback runs once
 * the frame being prepared is drawn — after its style, layout and paint, and ahead of any other
 * task waiting. A time taken at the frame's start (`requestAnimationFrame` alone) would leave
 * out that frame's layout, which for a page of Japanese text is most of the work (and none for
 * a bare floor page). Add before the init scripts that use it.
 */
export async function defineAfterPaint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Scheduler = { postTask: (task: () => void, options: { priority: string }) => Promise<unknown> };
    const w = window as unknown as { __afterPaint: (callback: () => void) => void; scheduler?: Scheduler };
    w.__afterPaint = (callback) => requestAnimationFrame(() => (w.scheduler ? void w.scheduler.postTask(callback, { priority: 'user-blocking' }) : setTimeout(callback)));
  });
}
