import type { Html5Qrcode } from 'html5-qrcode';
import { readWithLadder, type Pixels } from '../../domain/scan/image-ladder';
import { detectLargest, loadQrDecoder, type QrDetector } from './qr-decoder';

/** Why the camera could not start, in terms the UI can explain. */
export type CameraProblem = 'denied' | 'no-camera' | 'busy' | 'unsupported' | 'unknown';

/** A camera failure with its kind. */
export class CameraError extends Error {
  constructor(readonly problem: CameraProblem) {
    super(`camera: ${problem}`);
  }
}

/** A camera the user can switch to. */
export interface CameraChoice {
  id: string;
  label: string;
}

/** The largest image "Scan from image" reads (a phone photo is a few MB). */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

/**
 * Larger photos are scaled down to this many pixels before decoding: a 48 MP photo would take
 * seconds, and iOS Safari refuses canvases over 16.7 MP.
 */
const MAX_DECODE_PIXELS = 16_000_000;

function classify(error: unknown): CameraProblem {
  const text = `${(error as { name?: string })?.name ?? ''} ${String(error)}`;
  if (/NotAllowed|Permission|denied/i.test(text)) return 'denied';
  if (/NotFound|Overconstrained|not found|no camera|DevicesNotFound/i.test(text)) return 'no-camera';
  if (/NotReadable|TrackStart|Could not start|in use|AbortError/i.test(text)) return 'busy';
  return 'unknown';
}

/**
 * The camera scanner around html5-qrcode, loaded on first use so it is its own chunk.
 * Every start, stop and image scan runs one after another: html5-qrcode leaves the camera on
 * when stop() is called while start() is still in flight (its issues #756 and #688), so the
 * calls are chained and a stop always waits for the start before it.
 */
export class QrScanner {
  private chain: Promise<unknown> = Promise.resolve();
  private camera: Html5Qrcode | null = null;
  private files: Html5Qrcode | null = null;
  private running = false;

  constructor(
    private readonly viewId: string,
    private readonly fileViewId: string,
  ) {}

  private enqueue<T>(operation: () => Promise<T>): Promise<T> {
    const next = this.chain.then(operation, operation);
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Whether the camera is on now. */
  get isRunning(): boolean {
    return this.running;
  }

  /** Turns the camera on (the back camera unless one is chosen) and reports each decoded text. */
  start(cameraId: string | null, onText: (text: string) => void): Promise<void> {
    // The camera is asked for at once (or was, when Scan was tapped), while the scanner's code
    // and decoder load: a phone's camera takes a moment to start, and html5-qrcode then finds
    // it running.
    const warm = this.running ? null : takeWarmCamera(cameraId) ?? warmCamera(cameraId);
    return this.enqueue(async () => {
      try {
        await this.startNow(cameraId, onText);
      } finally {
        void warm?.then((stream) => stream?.getTracks().forEach((track) => track.stop()));
      }
    });
  }

  private async startNow(cameraId: string | null, onText: (text: string) => void): Promise<void> {
    if (this.running) return;
    if (!navigator.mediaDevices?.getUserMedia) throw new CameraError('unsupported');
    // The decoder first: html5-qrcode picks its decoder when it is constructed.
    const [lib] = await Promise.all([import('html5-qrcode'), loadQrDecoder()]);
    this.camera ??= new lib.Html5Qrcode(this.viewId, {
      verbose: false,
      formatsToSupport: [lib.Html5QrcodeSupportedFormats.QR_CODE],
      // The browser's BarcodeDetector, or zxing-cpp standing in for it (see qr-decoder.ts),
      // reads far more real photos than html5-qrcode's own ZXing port.
      useBarCodeDetectorIfSupported: true,
    });
    try {
      await this.camera.start(
        cameraId ?? { facingMode: 'environment' },
        // The whole frame is searched (no aiming box): a card held at an angle or off-centre
        // across a noisy table should still read at once.
        { fps: 12 },
        (text) => onText(text),
        () => {},
      );
      this.running = true;
    } catch (error) {
      throw error instanceof CameraError ? error : new CameraError(classify(error));
    }
  }

  /** Turns the camera off and releases it (safe to call at any time, any number of times). */
  stop(): Promise<void> {
    return this.enqueue(async () => {
      if (!this.camera || !this.running) return;
      try {
        await this.camera.stop();
      } finally {
        this.running = false;
      }
    });
  }

  /**
   * The cameras there are (labels appear once permission is granted). Listed, not opened:
   * html5-qrcode's own list opens the default camera to ask, which on a phone can disturb the
   * back camera that is already scanning.
   */
  async cameras(): Promise<CameraChoice[]> {
    try {
      const devices = await navigator.mediaDevices.enumerateDevices();
      return devices.filter((d) => d.kind === 'videoinput' && d.deviceId).map((d) => ({ id: d.deviceId, label: d.label }));
    } catch {
      return [];
    }
  }

  /** Whether the running camera has a torch. */
  torchSupported(): boolean {
    try {
      return Boolean(this.running && this.camera?.getRunningTrackCameraCapabilities().torchFeature().isSupported());
    } catch {
      return false;
    }
  }

  /** Turns the torch on or off. */
  async setTorch(on: boolean): Promise<void> {
    if (!this.running || !this.camera) return;
    await this.camera.getRunningTrackCameraCapabilities().torchFeature().apply(on);
  }

  /** Reads a QR code from an image file (the camera is stopped first); null if none is found. */
  scanImage(file: File): Promise<string | null> {
    return this.enqueue(async () => {
      if (this.running && this.camera) {
        await this.camera.stop().catch(() => undefined);
        this.running = false;
      }
      const detector = await loadQrDecoder();
      if (detector) return readImage(detector, file);
      const lib = await import('html5-qrcode');
      this.files ??= new lib.Html5Qrcode(this.fileViewId, {
        verbose: false,
        formatsToSupport: [lib.Html5QrcodeSupportedFormats.QR_CODE],
        useBarCodeDetectorIfSupported: true,
      });
      try {
        return await this.files.scanFile(file, false);
      } catch {
        return null;
      }
    });
  }

  /** Stops the camera and frees everything; the scanner cannot be used afterwards. */
  dispose(): Promise<void> {
    const stopped = this.stop();
    return this.enqueue(async () => {
      await stopped.catch(() => undefined);
      try {
        this.camera?.clear();
      } catch {
        // Already cleared.
      }
      this.camera = null;
      this.files = null;
    });
  }
}

// The back camera opened when Scan was tapped, until the scanner takes it over (or, if the
// screen never starts it, a few seconds later).
let warming: { stream: Promise<MediaStream | null>; timer: ReturnType<typeof setTimeout> } | null = null;

/**
 * Starts what the Scan screen needs before its own code has arrived: the scanner's code, its
 * decoder, and the back camera (the person has just asked to scan).
 */
export function prepareScanner(): void {
  void import('html5-qrcode').catch(() => undefined);
  void loadQrDecoder();
  if (warming) return;
  const stream = warmCamera(null);
  warming = { stream, timer: setTimeout(() => void takeWarmCamera(null)?.then((s) => s?.getTracks().forEach((track) => track.stop())), 5000) };
}

// The camera opened by prepareScanner, if it is the one asked for.
function takeWarmCamera(cameraId: string | null): Promise<MediaStream | null> | null {
  if (!warming || cameraId !== null) return null;
  const { stream, timer } = warming;
  clearTimeout(timer);
  warming = null;
  return stream;
}

// Opens the camera the scanner is about to use, to be closed once the scanner has its own;
// null where it cannot be opened (the scanner's own start then says why).
function warmCamera(cameraId: string | null): Promise<MediaStream | null> {
  if (!navigator.mediaDevices?.getUserMedia) return Promise.resolve(null);
  const video = cameraId ? { deviceId: { exact: cameraId } } : { facingMode: 'environment' };
  return navigator.mediaDevices.getUserMedia({ video, audio: false }).catch(() => null);
}

/** Reads a photo: the full image, then a downscaled and a contrast-stretched copy (see imageLadder). */
async function readImage(detector: QrDetector, file: File): Promise<string | null> {
  const photo = await photoPixels(file).catch(() => null);
  if (!photo) return null;
  const read = await readWithLadder(photo, (pixels) =>
    detectLargest(detector, new ImageData(pixels.data as Uint8ClampedArray<ArrayBuffer>, pixels.width, pixels.height)),
  );
  return read?.text ?? null;
}

/** The photo's pixels, upright (EXIF orientation applied), scaled down if it is huge. */
async function photoPixels(file: File): Promise<Pixels> {
  let bitmap = await createImageBitmap(file);
  const scale = Math.min(1, Math.sqrt(MAX_DECODE_PIXELS / (bitmap.width * bitmap.height)));
  if (scale < 1) {
    const full = bitmap;
    bitmap = await createImageBitmap(full, { resizeWidth: Math.round(full.width * scale), resizeHeight: Math.round(full.height * scale), resizeQuality: 'high' });
    full.close();
  }
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}
