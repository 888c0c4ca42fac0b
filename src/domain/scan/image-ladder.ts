/** RGBA pixels, row by row: the shape of the DOM's ImageData, without the DOM. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** One try at reading a photo: what was done to it, and the pixels that result. */
export interface LadderStep {
  step: 'full' | 'downscaled' | 'contrast';
  pixels: Pixels;
}

/** A halved photo with fewer pixels than this on its short side is too coarse to be worth a try. */
const MIN_HALVED_SIDE = 100;

/**
 * The copies of a photo "Scan from image" tries, in order: the photo as it is; half its size
 * (averaging 2×2 pixels evens out sensor noise, JPEG blocks and moiré on a photographed screen);
 * and its contrast stretched (a dim, washed-out or glare-flattened code spread over the whole
 * grey range). Lazy, so a photo read at the first try costs nothing more.
 */
export function* imageLadder(photo: Pixels): Generator<LadderStep> {
  yield { step: 'full', pixels: photo };
  if (Math.min(photo.width, photo.height) / 2 >= MIN_HALVED_SIDE) yield { step: 'downscaled', pixels: halve(photo) };
  yield { step: 'contrast', pixels: stretchContrast(photo) };
}

/** Tries each step with `decode` until one reads; the text and the step that read it, or null. */
export async function readWithLadder(
  photo: Pixels,
  decode: (pixels: Pixels) => Promise<string | null>,
): Promise<{ text: string; step: LadderStep['step'] } | null> {
  for (const { step, pixels } of imageLadder(photo)) {
    const text = await decode(pixels);
    if (text !== null) return { text, step };
  }
  return null;
}

/** The photo at half its width and height, each pixel the mean of a 2×2 block. */
export function halve(photo: Pixels): Pixels {
  const width = Math.max(1, Math.floor(photo.width / 2));
  const height = Math.max(1, Math.floor(photo.height / 2));
  const data = new Uint8ClampedArray(width * height * 4);
  const src = photo.data;
  const row = photo.width * 4;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const a = (2 * y * photo.width + 2 * x) * 4;
      const b = a + (2 * x + 1 < photo.width ? 4 : 0);
      const c = a + (2 * y + 1 < photo.height ? row : 0);
      const d = c + (b - a);
      const o = (y * width + x) * 4;
      for (let k = 0; k < 4; k++) data[o + k] = (src[a + k]! + src[b + k]! + src[c + k]! + src[d + k]! + 2) >> 2;
    }
  }
  return { width, height, data };
}

/** Luma (Rec. 601) of the pixel at byte offset `i`. */
function luma(data: Uint8ClampedArray, i: number): number {
  return (299 * data[i]! + 587 * data[i + 1]! + 114 * data[i + 2]!) / 1000;
}

/**
 * The photo in grey, its darkest 1 % mapped to black and its brightest 1 % to white and the
 * rest spread linearly between: the code's dark and light modules as far apart as they can be.
 * A photo with (almost) no range is returned as grey unchanged, since stretching noise reads nothing.
 */
export function stretchContrast(photo: Pixels): Pixels {
  const count = photo.width * photo.height;
  const grey = new Uint8Array(count);
  const histogram = new Uint32Array(256);
  for (let p = 0; p < count; p++) {
    const value = Math.round(luma(photo.data, p * 4));
    grey[p] = value;
    histogram[value]!++;
  }
  const cut = Math.floor(count * 0.01);
  let low = 0;
  for (let seen = 0; low < 255 && seen + histogram[low]! <= cut; low++) seen += histogram[low]!;
  let high = 255;
  for (let seen = 0; high > 0 && seen + histogram[high]! <= cut; high--) seen += histogram[high]!;
  const range = high - low;
  const data = new Uint8ClampedArray(count * 4);
  for (let p = 0; p < count; p++) {
    const value = range < 8 ? grey[p]! : ((grey[p]! - low) * 255) / range;
    data[p * 4] = data[p * 4 + 1] = data[p * 4 + 2] = value;
    data[p * 4 + 3] = 255;
  }
  return { width: photo.width, height: photo.height, data };
}
