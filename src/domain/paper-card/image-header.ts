// What a photo is, how large it is and which way up, read from its first bytes only: a 50 MP
// photo must be decoded straight to a smaller size, so its size is needed before decoding.

/** The image formats the reader knows by their signature. */
export type ImageKind = 'jpeg' | 'png' | 'webp' | 'gif' | 'bmp' | 'heic' | 'avif';

/** What the header says: kind, stored size, and the EXIF orientation (1 = upright). */
export interface ImageHeader {
  kind: ImageKind;
  /** Stored size in pixels, before the orientation is applied; 0 when the header does not say. */
  width: number;
  height: number;
  orientation: number;
}

/** How many leading bytes readImageHeader needs to see (EXIF sits near the start of a JPEG). */
export const HEADER_BYTES = 256 * 1024;

const ascii = (b: Uint8Array, at: number, length: number) => String.fromCharCode(...b.subarray(at, at + length));

/** Reads the kind, size and orientation of an image from its first bytes; null if it is not an image. */
export function readImageHeader(bytes: Uint8Array): ImageHeader | null {
  if (bytes.length < 12) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return readJpeg(bytes, view);
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n' && bytes.length >= 24) {
    return { kind: 'png', width: view.getUint32(16), height: view.getUint32(20), orientation: 1 };
  }
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return readWebp(bytes, view);
  if (ascii(bytes, 0, 4) === 'GIF8' && bytes.length >= 10) {
    return { kind: 'gif', width: view.getUint16(6, true), height: view.getUint16(8, true), orientation: 1 };
  }
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length >= 26) {
    return { kind: 'bmp', width: Math.abs(view.getInt32(18, true)), height: Math.abs(view.getInt32(22, true)), orientation: 1 };
  }
  if (ascii(bytes, 4, 4) === 'ftyp') {
    const brand = ascii(bytes, 8, 4);
    if (/^(heic|heix|hevc|heim|heis|mif1|msf1)$/.test(brand)) return { kind: 'heic', width: 0, height: 0, orientation: 1 };
    if (/^(avif|avis)$/.test(brand)) return { kind: 'avif', width: 0, height: 0, orientation: 1 };
  }
  return null;
}

function readJpeg(bytes: Uint8Array, view: DataView): ImageHeader {
  const header: ImageHeader = { kind: 'jpeg', width: 0, height: 0, orientation: 1 };
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) break;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break; // end of image, start of scan: no more headers
    const length = view.getUint16(at + 2);
    const body = at + 4;
    if (marker === 0xe1 && ascii(bytes, body, 6) === 'Exif\0\0') {
      header.orientation = readExifOrientation(bytes.subarray(body + 6, Math.min(bytes.length, body + length - 2)));
    }
    // SOF0–SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc && body + 5 <= bytes.length) {
      header.height = view.getUint16(body + 1);
      header.width = view.getUint16(body + 3);
      break;
    }
    at = body + length - 2;
  }
  return header;
}

/** The Orientation tag (0x0112) of IFD0 in a TIFF structure; 1 when absent or malformed. */
export function readExifOrientation(tiff: Uint8Array): number {
  if (tiff.length < 8) return 1;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const order = ascii(tiff, 0, 2);
  if (order !== 'II' && order !== 'MM') return 1;
  const little = order === 'II';
  const ifd = view.getUint32(4, little);
  if (ifd + 2 > tiff.length) return 1;
  const count = view.getUint16(ifd, little);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return 1;
    if (view.getUint16(entry, little) === 0x0112) {
      const value = view.getUint16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

function readWebp(bytes: Uint8Array, view: DataView): ImageHeader {
  const chunk = ascii(bytes, 12, 4);
  const header: ImageHeader = { kind: 'webp', width: 0, height: 0, orientation: 1 };
  if (chunk === 'VP8 ' && bytes.length >= 30) {
    header.width = view.getUint16(26, true) & 0x3fff;
    header.height = view.getUint16(28, true) & 0x3fff;
  } else if (chunk === 'VP8L' && bytes.length >= 25) {
    const bits = view.getUint32(21, true);
    header.width = (bits & 0x3fff) + 1;
    header.height = ((bits >> 14) & 0x3fff) + 1;
  } else if (chunk === 'VP8X' && bytes.length >= 30) {
    header.width = 1 + (bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16));
    header.height = 1 + (bytes[27]! | (bytes[28]! << 8) | (bytes[29]! << 16));
  }
  return header;
}

/** The size the image is seen at once its orientation is applied (5–8 swap width and height). */
export function orientedSize(header: ImageHeader): { width: number; height: number } {
  return header.orientation >= 5 ? { width: header.height, height: header.width } : { width: header.width, height: header.height };
}
