/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/solid" />

/** The app's version from package.json, set at build time. */
declare const __APP_VERSION__: string;

// punycode's ES module build ships without types; the one function Meishi uses.
declare module 'punycode/punycode.es6.js' {
  /** Converts an IDN host (or label) from `xn--` form to Unicode. */
  export function toUnicode(input: string): string;
}

/** One file of the paper-card reader, as the build serves it. */
interface CardReaderFile {
  name: string;
  /** The worker script, a core build (SIMD or the plain fallback), or language data. */
  role: 'worker' | 'core-simd' | 'core' | 'lang';
  bytes: number;
}

/** The paper-card reader's files: their directory under the app's base, and the cache that keeps them. */
interface CardReaderManifest {
  dir: string;
  cacheName: string;
  files: CardReaderFile[];
}

/** The paper-card reader's files, set at build time (vite.config.ts). */
declare const __CARD_READER__: CardReaderManifest;
