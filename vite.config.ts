import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
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
// (the QR decoder, served from this origin) and nothing else: no eval of JavaScript. Added at build time only, because Vite's dev
// server needs inline scripts and a websocket for hot reload.
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

function contentSecurityPolicy(): Plugin {
  return {
    name: 'meishi-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: csp }, injectTo: 'head-prepend' },
    ],
  };
}

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  base,
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [
    solid(),
    contentSecurityPolicy(),
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
        // Every built file, lazy chunks included, so the scanner works offline too.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,wasm}'],
        globIgnores: ['**/sw-notifications.js', 'screenshots/**'],
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
  },
});
