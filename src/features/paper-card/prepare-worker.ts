// Prepares a card photo off the main thread, so a 50 MP photo never freezes the page: decodes
// it straight to a workable size (EXIF orientation applied), finds the card and flattens it,
// and makes two images: a gray one for the reader (light evened out, contrast stretched, small
// print enlarged) and a colour one to keep (long side ≤ 1600 px, ≤ 250 KB).
import { findCardQuad, quadSize, scaleQuad, type Quad } from '../../domain/paper-card/card-bounds';
import { darkestChannel, flattenLight, inkBands, stretchContrast, toPgm, whiteBorder } from '../../domain/paper-card/enhance';
import { HEADER_BYTES, orientedSize, readImageHeader } from '../../domain/paper-card/image-header';
import { warpQuad } from '../../domain/paper-card/perspective';
import type { PrepareRequest, PrepareResponse } from './prepare-protocol';

/** The longest side a photo is decoded at: a card filling half of it is still ~1300 px wide. */
const DECODE_LONG_SIDE = 2560;
/** Photos with more pixels than this are refused (a decompression bomb, not a phone photo). */
const MAX_PIXELS = 150_000_000;
/** The long side of the small map the card is searched in. */
const SEARCH_LONG_SIDE = 400;
/**
 * The card's width in the image the reader reads. A card photographed small is enlarged, so its
 * small print is some 20 px tall; one photographed large is reduced, so its name is not taller
 * than about 70 px: the engine misreads large Japanese names (measured on the test photos: 1000
 * px reads names best, 1600 px small print no better, and takes three times as long).
 */
const OCR_CARD_WIDTH = 1000;
/** The kept photo: long side and size limits. */
const PHOTO_LONG_SIDE = 1600;
const PHOTO_MAX_BYTES = 250 * 1024;

interface Decoded {
  file: Blob;
  rgba: Uint8ClampedArray;
  /** The darkest channel of each pixel: the reader's gray image is cut from it. */
  gray: Uint8Array;
  width: number;
  height: number;
  /** The card's corners in the decoded image, or the whole image when no card stands out. */
  quad: Quad;
  cardFound: boolean;
}

// The last photo stays decoded, so turning it by 90° does not decode it again.
let last: Decoded | null = null;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PrepareRequest>) => void) | null;
  postMessage(message: PrepareResponse, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const request = event.data;
  prepare(request).then(
    (response) => scope.postMessage(response, response.ok ? [response.ocr.pgm.buffer] : []),
    () => scope.postMessage({ id: request.id, ok: false, problem: 'unreadable' }),
  );
};

async function prepare(request: PrepareRequest): Promise<PrepareResponse> {
  if (last?.file !== request.file) {
    last = null;
    const decoded = await decode(request.file);
    if (typeof decoded === 'string') return { id: request.id, ok: false, problem: decoded };
    last = decoded;
  }
  const image = last;
  // Turning the card by 90° is turning its corner list: the new top-left is the old bottom-left.
  const turns = ((request.quarterTurns % 4) + 4) % 4;
  const quad = [0, 1, 2, 3].map((i) => image.quad[(i - turns + 4) % 4]!) as Quad;
  const size = quadSize(quad);
  const ocrWidth = OCR_CARD_WIDTH;
  const ocrHeight = Math.max(1, Math.round((OCR_CARD_WIDTH * size.height) / size.width));
  const warped = warpQuad(image.gray, image.width, image.height, quad, ocrWidth, ocrHeight);
  const even = flattenLight({ data: new Uint8Array(warped.buffer), width: ocrWidth, height: ocrHeight }, Math.round(ocrWidth / 24));
  const ocrImage = whiteBorder(stretchContrast(even), Math.round(ocrWidth / 200));
  const photo = await keptPhoto(image, quad, size);
  return {
    id: request.id,
    ok: true,
    ocr: { pgm: toPgm(ocrImage), width: ocrWidth, height: ocrHeight, bands: inkBands(ocrImage) },
    photo,
    cardFound: image.cardFound,
  };
}

async function decode(file: Blob): Promise<Decoded | 'not-an-image' | 'too-large'> {
  const header = readImageHeader(new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer()));
  if (header && header.width * header.height > MAX_PIXELS) return 'too-large';
  let bitmap: ImageBitmap;
  try {
    const oriented = header ? orientedSize(header) : { width: 0, height: 0 };
    const scale = Math.min(1, DECODE_LONG_SIDE / Math.max(oriented.width, oriented.height, 1));
    bitmap =
      oriented.width > 0 && scale < 1
        ? // Decoded straight to the smaller size: a 50 MP photo never exists at full size here.
          await createImageBitmap(file, {
            imageOrientation: 'from-image',
            resizeWidth: Math.round(oriented.width * scale),
            resizeHeight: Math.round(oriented.height * scale),
            resizeQuality: 'high',
          })
        : await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return 'not-an-image';
  }
  // Formats without a readable header (or a browser that ignores the resize options) still end at the decode size.
  const scale = Math.min(1, DECODE_LONG_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, width, height);
  const rgba = ctx.getImageData(0, 0, width, height).data;

  const searchScale = Math.min(1, SEARCH_LONG_SIDE / Math.max(width, height));
  const sw = Math.max(1, Math.round(width * searchScale));
  const sh = Math.max(1, Math.round(height * searchScale));
  const small = new OffscreenCanvas(sw, sh);
  const smallCtx = small.getContext('2d', { willReadFrequently: true })!;
  smallCtx.imageSmoothingQuality = 'high';
  smallCtx.drawImage(bitmap, 0, 0, sw, sh);
  bitmap.close();
  const map = darkestChannel(smallCtx.getImageData(0, 0, sw, sh).data, sw, sh);
  const found = findCardQuad(map.data, sw, sh);
  const quad: Quad = found
    ? scaleQuad(found, width / sw, height / sh)
    : [
        { x: 0, y: 0 },
        { x: width, y: 0 },
        { x: width, y: height },
        { x: 0, y: height },
      ];
  return { file, rgba, gray: darkestChannel(rgba, width, height).data, width, height, quad, cardFound: found !== null };
}

/** The card in colour, flattened, as WebP (or JPEG where WebP cannot be written) within the limits. */
async function keptPhoto(image: Decoded, quad: Quad, size: { width: number; height: number }): Promise<Blob> {
  let scale = Math.min(1, PHOTO_LONG_SIDE / Math.max(size.width, size.height));
  for (;;) {
    const width = Math.max(1, Math.round(size.width * scale));
    const height = Math.max(1, Math.round(size.height * scale));
    const pixels = warpQuad(image.rgba, image.width, image.height, quad, width, height, 4);
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d')!.putImageData(new ImageData(pixels, width, height), 0, 0);
    for (const quality of [0.82, 0.7, 0.58]) {
      let blob = await canvas.convertToBlob({ type: 'image/webp', quality });
      // Some browsers write PNG when asked for WebP: JPEG then.
      if (blob.type !== 'image/webp') blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
      if (blob.size <= PHOTO_MAX_BYTES) return blob;
    }
    scale *= 0.75;
  }
}
