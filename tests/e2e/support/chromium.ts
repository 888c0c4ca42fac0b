import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium, or $CHROME_PATH: the tests never download a browser. */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Launch flags that work on these machines (closed network, no GPU, running as root). */
export function chromiumLaunchOptions(extraArgs: string[] = []): LaunchOptions {
  return {
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  };
}
