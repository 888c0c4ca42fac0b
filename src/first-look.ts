// The first look at a shared card. This runs inline in index.html (the build bundles it there,
// vite.config.ts), before any module, network request or framework: a stranger who scans a QR on
// a slow venue network sees the card as soon as the page itself has arrived. The app loads
// behind it and takes over (its Receive screen draws the same view, with the actions).

import { isSharedCardFragment } from './domain/share/payload-codec';
import { renderCardView } from './features/receive/card-view';
import { plainWebsiteLabel } from './domain/card/website-label';
import { firstLookEn } from './i18n/en/first-look';
import { firstLookJa } from './i18n/ja/first-look';
import { readPreference, resolveLocale } from './i18n/locale';
import { DB_NAME, DB_VERSION, versionKey } from './storage/schema';
import { startEarlyReads } from './storage/early-reads';

/** Set at build time: the URLs of the files the app asks for first (with what they import): always (`*`), by language or by path. */
declare const __FIRST_LOOK_PRELOADS__: Record<string, string[]>;

const root = document.getElementById('root');
const locale = resolveLocale(readPreference());
// Opening the app (not a shared card): fetch the app's own scripts, this language's first messages
// and the screen the app opens at, now rather than once the parser or the app's scripts get there.
const path = location.pathname.slice(import.meta.env.BASE_URL.length - 1) || '/';
const opensTheApp = !isSharedCardFragment(location.hash);
if (opensTheApp) {
  const preloads = __FIRST_LOOK_PRELOADS__;
  for (const url of new Set([...(preloads['*'] ?? []), ...(preloads[locale] ?? []), ...(preloads[path] ?? [])])) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = url;
    document.head.append(link);
  }
  // The first database open in a page takes tens of milliseconds: it starts now, while the
  // app's own scripts arrive, so the app's open finds the database ready, and the few records
  // every screen starts from are already read (storage/early-reads.ts; Show at the door). Only a
  // database this version made already (the app remembers its version): nothing is ever
  // created or upgraded from here.
  try {
    if (Number(localStorage.getItem(versionKey(DB_NAME))) === DB_VERSION) {
      const request = indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onerror = (event) => event.preventDefault();
      request.onsuccess = () => {
        const db = request.result;
        try {
          startEarlyReads(db);
        } catch {
          // Nothing read early: the app reads for itself.
        } finally {
          db.close(); // once the reads are done: the app keeps a connection of its own
        }
      };
    }
  } catch {
    // No storage here (private mode): the app opens the database itself.
  }
}
if (root && !opensTheApp) {
  const messages = locale === 'ja' ? firstLookJa : firstLookEn;
  document.documentElement.lang = locale;
  // The same frame as the app's, so nothing moves when the app takes over.
  const app = document.createElement('div');
  app.className = 'app';
  const main = document.createElement('main');
  main.id = 'main';
  const section = document.createElement('section');
  section.className = 'screen receive';
  const header = document.createElement('header');
  header.className = 'screen-header';
  const title = document.createElement('h1');
  title.textContent = messages.receive.title;
  const view = document.createElement('div');
  header.append(title);
  section.append(header, view);
  main.append(section);
  app.append(main);
  root.append(app);
  root.dataset.firstLook = '';
  renderCardView(view, location.hash, { messages, locale, now: Date.now, websiteLabel: plainWebsiteLabel });
}
