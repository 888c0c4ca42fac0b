import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../support/static-server';

/** The directory of the production build the tests run against. */
export const distDir = process.env.E2E_DIST ?? fileURLToPath(new URL('../../../dist', import.meta.url));

/** Serves the production build on the tests' port for the whole run. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(`${distDir}/index.html`)) throw new Error('No build in dist/: run `vite build` first (npm test does).');
  const server = await startStaticServer(distDir, { port: Number(process.env.E2E_PORT ?? 4399) });
  return () => server.close();
}
