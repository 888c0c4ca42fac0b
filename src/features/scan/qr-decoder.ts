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
  // The WebAssembly is fetched and compiled beside the wrapper's JavaScript, not after it.
  const [compiled, { BarcodeDetector, prepareZXingModule }] = await Promise.all([compileDecoder(), import('barcode-detector/ponyfill')]);
  // Without these the library fetches its .wasm from a CDN; the app never leaves its origin.
  void prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? zxingWasmUrl : prefix + path),
      instantiateWasm: (imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) => {
        void WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled));
        return {};
      },
    },
    fireImmediately: true,
  });
  // Installed now: the first detection waits for the module to be instantiated (a few
  // milliseconds), while the camera starts.
  scope.BarcodeDetector = BarcodeDetector as unknown as DetectorClass;
  return new BarcodeDetector({ formats: ['qr_code'] }) as QrDetector;
}

// The decoder's WebAssembly, compiled as it streams in (or, where the server labels it wrongly,
// once it has arrived).
async function compileDecoder(): Promise<WebAssembly.Module> {
  try {
    return await WebAssembly.compileStreaming(fetch(zxingWasmUrl));
  } catch {
    const response = await fetch(zxingWasmUrl);
    if (!response.ok) throw new Error(`decoder: ${response.status}`);
    return WebAssembly.compile(await response.arrayBuffer());
  }
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
