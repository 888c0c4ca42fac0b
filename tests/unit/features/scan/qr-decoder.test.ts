import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ZXING_WASM_SHA256 } from 'barcode-detector/ponyfill';

describe('the QR decoder’s WebAssembly', () => {
  it('is the very file the barcode-detector polyfill was built against', () => {
    // qr-decoder.ts serves `zxing-wasm/reader/zxing_reader.wasm` (the app's own zxing-wasm
    // dependency); the polyfill's JavaScript only works with its own build of it. Upgrading one
    // package without the other would break decoding in every browser without BarcodeDetector.
    const served = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
    expect(createHash('sha256').update(readFileSync(served)).digest('hex')).toBe(ZXING_WASM_SHA256);
  });
});
