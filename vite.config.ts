import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { dirname, join } from 'node:path';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';

/** Deploy path, e.g. `/` or `/meishi/`; set BASE_PATH to serve from a sub-path. */
const base = normaliseBase(process.env.BASE_PATH ?? '/');

function normaliseBase(path: string): string {
  const trimmed = path.trim().replace(/^\/*/, '/').replace(/\/*$/, '/');
  return trimmed === '//' ? '/' : trimmed;
}

// Only the app's own origin; data:/blob: images for the QR and the scanner's frames;
// mediastream: for the camera preview; 'wasm-unsafe-eval' lets the page compile WebAssembly
// (the QR decoder, served from this origin) and nothing else: no eval of JavaScript. The card
// reader compiles its engine inside its own same-origin worker, which follows the policy of its
// own response, not this page's meta tag (the README's Deploying section says what a host that
// sends a CSP header must allow). Added at build time only, because Vite's dev server needs
// inline scripts and a websocket for hot reload.
const csp = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

// The page's own inline script (the first look, below) is allowed by its hash, not by
// 'unsafe-inline': an injected script still does not run.
function contentSecurityPolicy(): Plugin {
  return {
    name: 'meishi-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
        const policy = csp.replace("script-src 'self'", ["script-src 'self'", ...hashes].join(' '));
        return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }];
      },
    },
  };
}

// What the page paints before it fetches anything more. A stranger opening a shared card on a
// slow venue network sees it after the HTML alone: the first look (src/first-look.ts, bundled
// here into a small script in the page) draws it, with the stylesheet in the page too (it is
// small; a separate file would be one more round trip before anything shows, for every visit).
// With no module preloading (build.modulePreload below), Vite still wraps every dynamic import
// in its preload helper, which then has nothing to preload: the wrapper alone (about 1 KiB of the
// first paint) handles stylesheets of split chunks and preload errors, and there are neither (one
// stylesheet; a screen that fails to load says so itself, ui/screen-boundary.tsx). The helper is
// replaced by the call it wraps.
function noPreloadHelper(): Plugin {
  const id = '\0vite/preload-helper.js';
  return {
    name: 'meishi-no-preload-helper',
    apply: 'build',
    enforce: 'pre',
    load(source) {
      if (source === id) return 'export const __vitePreload = (load) => load();';
    },
  };
}

function firstPaintInPage(): Plugin {
  return {
    name: 'meishi-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        // Only the app's page: the bench's floor pages (BENCH_FLOORS) do the least their job
        // needs, so they carry neither the first look nor the app's stylesheet.
        if (ctx.path !== '/index.html') return html.replace(/<link rel="stylesheet"[^>]*>/g, '');
        // The files the app will ask for first: each language's first messages, and the screens
        // a person opens the installed app at. The page starts fetching them at once (first-look.ts).
        // Each with the chunks it imports (the page's own scripts aside): the app has no preload
        // helper (see modulePreload below), so these are what spares the first screen a waterfall.
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((file) => (file.type === 'chunk' ? [file] : []));
        const importsOf = (fileName: string, found = new Set<string>(), skip = new Set<string>()): Set<string> => {
          if (found.has(fileName) || skip.has(fileName)) return found;
          found.add(fileName);
          for (const imported of chunks.find((file) => file.fileName === fileName)?.imports ?? []) importsOf(imported, found, skip);
          return found;
        };
        const pageScripts = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!.slice(base.length));
        const loadedByPage = new Set<string>();
        for (const script of pageScripts) importsOf(script, loadedByPage);
        const withImports = (fileName: string) => importsOf(fileName, new Set(), loadedByPage);
        const preloads: Record<string, string[]> = Object.fromEntries(
          Object.entries({ en: 'en', ja: 'ja', '/': 'my-card', '/show': 'show' }).flatMap(([key, name]) => {
            const chunk = chunks.find((file) => file.name === name);
            return chunk ? [[key, [...withImports(chunk.fileName)].map((fileName) => base + fileName)]] : [];
          }),
        );
        // The page's own scripts too, with what they import: their tags come last in the page (see
        // below), and the parser reaches them only after the first look's script has run and it
        // has yielded once; opening the app, the page asks for them at the same moment as the rest.
        preloads['*'] = [...loadedByPage].map((fileName) => base + fileName);
        const bundle = await rolldown({
          input: fileURLToPath(new URL('./src/first-look.ts', import.meta.url)),
          logLevel: 'silent',
          transform: { define: { __FIRST_LOOK_PRELOADS__: JSON.stringify(preloads), 'import.meta.env.BASE_URL': JSON.stringify(base) } },
        });
        const { output } = await bundle.generate({ format: 'iife', minify: true });
        await bundle.close();
        const script = output[0].code.trim();
        // The app's own scripts move after it, to the end of the page: found last, they do not
        // share the slow network with the page while it is still arriving.
        const appScripts = [...html.matchAll(/<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g)].map((m) => m[0]);
        let page = html;
        for (const tag of appScripts) page = page.replace(tag, '');
        page = page.replace('<div id="root"></div>', () => `<div id="root"></div>\n    <script>${script}</script>`);
        page = page.replace('</body>', () => `  ${appScripts.join('\n    ')}\n  </body>`);
        for (const link of html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/g)) {
          const fileName = link[1]!.slice(base.length);
          const asset = ctx.bundle?.[fileName];
          if (!asset || asset.type !== 'asset') continue;
          page = page.replace(link[0], () => `<style>${String(asset.source)}</style>`);
          delete ctx.bundle![fileName];
        }
        return page;
      },
    },
  };
}

// The paper-card reader (tesseract.js): its worker, the core in two builds (WebAssembly SIMD and
// the plain fallback) and the Japanese and English data, served from the app's own origin under
// a directory named by a hash of their contents. They are not in the install precache: the app
// downloads them into the cache named here on first use, and the service worker serves them
// from that cache (see runtimeCaching below).
const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const readerSources: { name: string; path: string; role: CardReaderFile['role'] }[] = [
  { name: 'worker.min.js', path: join(packageDir('tesseract.js'), 'dist/worker.min.js'), role: 'worker' },
  { name: 'tesseract-core-simd-lstm.js', path: join(packageDir('tesseract.js-core'), 'tesseract-core-simd-lstm.js'), role: 'core-simd' },
  { name: 'tesseract-core-simd-lstm.wasm', path: join(packageDir('tesseract.js-core'), 'tesseract-core-simd-lstm.wasm'), role: 'core-simd' },
  { name: 'tesseract-core-lstm.js', path: join(packageDir('tesseract.js-core'), 'tesseract-core-lstm.js'), role: 'core' },
  { name: 'tesseract-core-lstm.wasm', path: join(packageDir('tesseract.js-core'), 'tesseract-core-lstm.wasm'), role: 'core' },
  { name: 'jpn.traineddata.gz', path: join(packageDir('@tesseract.js-data/jpn'), '4.0.0_best_int/jpn.traineddata.gz'), role: 'lang' },
  { name: 'eng.traineddata.gz', path: join(packageDir('@tesseract.js-data/eng'), '4.0.0_best_int/eng.traineddata.gz'), role: 'lang' },
];
const readerHash = createHash('sha256');
for (const file of readerSources) readerHash.update(file.name).update(readFileSync(file.path));
const readerVersion = readerHash.digest('hex').slice(0, 12);
const cardReader: CardReaderManifest = {
  dir: `card-reader/${readerVersion}/`,
  cacheName: `meishi-card-reader-${readerVersion}`,
  files: readerSources.map(({ name, path, role }) => ({ name, role, bytes: statSync(path).size })),
};
const readerTypes: Record<string, string> = { js: 'text/javascript; charset=utf-8', wasm: 'application/wasm', gz: 'application/gzip' };

function cardReaderFiles(): Plugin {
  return {
    name: 'meishi-card-reader',
    // The dev server serves them from node_modules; the build copies them into dist.
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        const file = path.startsWith(`${base}${cardReader.dir}`) ? readerSources.find((f) => path === `${base}${cardReader.dir}${f.name}`) : undefined;
        if (!file) return next();
        res.setHeader('content-type', readerTypes[file.name.split('.').pop()!] ?? 'application/octet-stream');
        createReadStream(file.path).pipe(res);
      });
    },
    generateBundle() {
      for (const file of readerSources) this.emitFile({ type: 'asset', fileName: `${cardReader.dir}${file.name}`, source: readFileSync(file.path) });
    },
  };
}

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  base,
  define: { __APP_VERSION__: JSON.stringify(version), __CARD_READER__: JSON.stringify(cardReader) },
  plugins: [
    solid(),
    noPreloadHelper(),
    firstPaintInPage(),
    contentSecurityPolicy(),
    cardReaderFiles(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        id: base,
        name: 'Meishi',
        short_name: 'Meishi',
        description:
          'Your business card as a time-limited, email-only QR code; the people you met, with notes and follow-up reminders. Works offline.',
        lang: 'en',
        start_url: base,
        scope: base,
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#1d3557',
        background_color: '#f7f5f0',
        categories: ['business', 'productivity'],
        // Shown by install dialogs; excluded from the offline precache (see globIgnores).
        screenshots: [
          { src: 'screenshots/show.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: 'Show: your card as a time-limited QR code' },
          { src: 'screenshots/contacts.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: 'Contacts: the people you met, by event' },
        ],
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every built file, lazy chunks included, so the scanner works offline too; not the
        // card reader's ~8 MB, which is downloaded only by those who use it.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,wasm}'],
        globIgnores: ['**/sw-notifications.js', 'screenshots/**', 'card-reader/**'],
        runtimeCaching: [
          {
            // Once downloaded into this cache (by the app, with a progress bar), the reader's
            // files come from it, for the page and for the reader's own worker, offline too.
            urlPattern: new RegExp(`/${cardReader.dir.replace(/\//g, '\\/')}`),
            handler: 'CacheFirst',
            options: { cacheName: cardReader.cacheName },
          },
        ],
        navigateFallback: `${base}index.html`,
        cleanupOutdatedCaches: true,
        // The first install controls the open page at once, so it works offline without a reload.
        clientsClaim: true,
        importScripts: ['sw-notifications.js'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // No preload helper in the first paint (it and its map of every chunk's dependencies weigh
    // about 1 KiB): a screen's chunk fetches what it imports when it runs, from the service
    // worker's cache once installed; the first screens are preloaded by the page itself
    // (first-look.ts). One stylesheet, in the page: it holds only the first screens' look, and
    // the other screens bring theirs as text with their code (ui/screen-styles.ts).
    modulePreload: false,
    cssCodeSplit: false,
    rolldownOptions: {
      // The bench builds its floor pages too (BENCH_FLOORS=1): pages served and cached like the
      // app's, doing the least the same job needs, so a figure can be read beside its floor.
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        ...(process.env.BENCH_FLOORS
          ? {
              'floor-show': fileURLToPath(new URL('./tests/bench/floor/show.html', import.meta.url)),
              'floor-contacts': fileURLToPath(new URL('./tests/bench/floor/contacts.html', import.meta.url)),
              'floor-scan': fileURLToPath(new URL('./tests/bench/floor/scan.html', import.meta.url)),
            }
          : {}),
      },
      output: {
        // A first visit fetches a handful of files, not a waterfall of small shared ones: the
        // framework (the same for every release, so it stays cached), the app's frame with what
        // every screen needs, and My card, the first screen. Everything else stays in the chunk
        // of the screen that uses it.
        codeSplitting: {
          groups: [
            { name: 'framework', test: /node_modules[\\/](solid-js|@solid-primitives|idb)[\\/]|rolldown[\\/]runtime/, priority: 30 },
            {
              name: 'frame',
              test: /src[\\/](app|app-shell|main|i18n[\\/](i18n|locale|first-look)|ui[\\/](router|screen|screen-boundary|bottom-nav|icons|toasts|toast-store|storage-errors|text-field|card-preview)|storage[\\/](db|schema|settings-repo|storage-error|upgrade)|features[\\/]settings[\\/]settings-store|domain[\\/](types|caps|settings|share[\\/]link-syntax|card[\\/](clean-text|email|card-validation|website)))\.tsx?$/,
              priority: 20,
            },
            // Each language's first-paint messages in one chunk (the first look's included).
            { name: 'en', test: /src[\\/]i18n[\\/](en\.ts|en[\\/](shell|card|first-look)\.ts)$/, priority: 15 },
            { name: 'ja', test: /src[\\/]i18n[\\/](ja\.ts|ja[\\/](shell|card|first-look)\.ts)$/, priority: 15 },
            // Show, opened at the door from the home screen: its screen and what it draws with,
            // and the events it files under, in two files rather than fifteen.
            {
              name: 'show',
              test: /(src[\\/](features[\\/]show[\\/]|ui[\\/](qr-code|qr-draw|wake-lock|clock|empty-state)\.|i18n[\\/](format|duration)\.|domain[\\/]share[\\/](payload-codec|validity)\.)|node_modules[\\/](qrcode|dijkstrajs|encode-utf8|pngjs)[\\/])/,
              priority: 12,
            },
            {
              name: 'events',
              test: /src[\\/](features[\\/](events[\\/](events-store|current-event-picker|event-date)|mail[\\/]event-tags-store)|storage[\\/](events-repo|event-tags-repo)|domain[\\/](events[\\/](make-event|event-met-at)|mail[\\/](event-tags|plus-address)))\.tsx?$/,
              priority: 11,
            },
            // Above Show's group: Show uses My card's store, which must not drag Show into My card's first paint.
            { name: 'my-card', test: /src[\\/](features[\\/]my-card[\\/](my-card-screen|card-editor|field-error-text|my-card-store)|storage[\\/]cards-repo)\.tsx?$/, priority: 13 },
          ],
        },
      },
    },
  },
  // The .vcf reader's worker is an ES module like the app (the CSP allows workers from 'self').
  worker: { format: 'es' },
  preview: {
    port: Number(process.env.PORT) || 4173,
    strictPort: true,
    host: process.env.HOST ?? 'localhost',
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/support/byte-equality.ts'],
  },
});
