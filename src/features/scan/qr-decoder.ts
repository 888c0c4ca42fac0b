import zxingWasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

/** The part of the Barcode Detection API the scanner uses. */
export interface QrDetector {
  detect(image: ImageBitmapSource): Promise<Array<{ rawValue: string; boundingBox: DOMRectReadOnly }>>;
}

interface DetectorClass {
  new (options?: { formats: string[] }): QrDetector;
  getSupportedFormats(): Promise<readonly string[]>;
}

const scope = globalThis as unknown as { BarcodeDetector?: DetectorClass };

let loading: Promise<QrDetector | null> | null = null;

/**
 * Loads the QR decoder once, as a detector of QR codes only: the browser's own BarcodeDetector
 * where it reads QR codes (Chrome on Android and macOS, ChromeOS), otherwise zxing-cpp compiled
 * to WebAssembly, fetched from the app's own origin (a Vite asset the service worker precaches).
 * The WebAssembly one is installed as `window.BarcodeDetector`, because that is where
 * html5-qrcode's camera loop (`useBarCodeDetectorIfSupported`) looks for a decoder. Null if the
 * .wasm cannot be loaded: html5-qrcode's own ZXing port is then the only decoder left.
 */
export function loadQrDecoder(): Promise<QrDetector | null> {
  loading ??= load().catch(() => {
    loading = null; // a later Scan may try again (e.g. back online before the precache is filled)
    return null;
  });
  return loading;
}

async function load(): Promise<QrDetector> {
  const native = scope.BarcodeDetector;
  if (native && (await native.getSupportedFormats().catch((): readonly string[] => [])).includes('qr_code')) {
    return new native({ formats: ['qr_code'] });
  }
  const { BarcodeDetector, prepareZXingModule } = await import('barcode-detector/ponyfill');
  // Without this the library fetches its .wasm from a CDN; the app never leaves its origin.
  await prepareZXingModule({
    overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? zxingWasmUrl : prefix + path) },
    fireImmediately: true,
  });
  scope.BarcodeDetector = BarcodeDetector as unknown as DetectorClass;
  return new BarcodeDetector({ formats: ['qr_code'] }) as QrDetector;
}

/** The text of the largest QR code the detector finds in `image`, or null. */
export async function detectLargest(detector: QrDetector, image: ImageBitmapSource): Promise<string | null> {
  const found = await detector.detect(image).catch(() => []);
  let best: { text: string; area: number } | null = null;
  for (const code of found) {
    const area = code.boundingBox.width * code.boundingBox.height;
    if (code.rawValue && (!best || area > best.area)) best = { text: code.rawValue, area };
  }
  return best?.text ?? null;
}
