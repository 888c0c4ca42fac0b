/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/solid" />

/** The app's version from package.json, set at build time. */
declare const __APP_VERSION__: string;

// punycode's ES module build ships without types; the one function Meishi uses.
declare module 'punycode/punycode.es6.js' {
  /** Converts an IDN host (or label) from `xn--` form to Unicode. */
  export function toUnicode(input: string): string;
}
