// Making a card photo easy to read: one gray channel in which ink of any colour is dark, the
// light evened out across the card, and the contrast stretched. Pure pixel arithmetic.
import type { Box } from './ocr-page';

/** A one-channel image. */
export interface GrayImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/**
 * The darkest of R, G and B for each pixel of an RGBA buffer: white paper stays bright, while
 * ink of any colour (a red company name, a blue email) turns dark, which plain luminance
 * would not do for yellow or light red.
 */
export function darkestChannel(rgba: ArrayLike<number>, width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < data.length; i++, j += 4) {
    const r = rgba[j]!;
    const g = rgba[j + 1]!;
    const b = rgba[j + 2]!;
    data[i] = r < g ? (r < b ? r : b) : g < b ? g : b;
  }
  return { data, width, height };
}

/**
 * Evens out uneven light (a phone's shadow, a lamp to one side): estimates the paper's
 * brightness around each pixel as the brightest value in its block, smoothed over the
 * neighbouring blocks, and divides by it, so paper becomes white everywhere and ink stays dark.
 * `block` should be larger than a stroke of the largest text.
 */
export function flattenLight(image: GrayImage, block: number): GrayImage {
  const { data, width, height } = image;
  const bw = Math.ceil(width / block);
  const bh = Math.ceil(height / block);
  const maxima = new Float32Array(bw * bh);
  for (let y = 0; y < height; y++) {
    const row = ((y / block) | 0) * bw;
    for (let x = 0; x < width; x++) {
      const v = data[y * width + x]!;
      const b = row + ((x / block) | 0);
      if (v > maxima[b]!) maxima[b] = v;
    }
  }
  // Smooth over the 3 × 3 neighbouring blocks: a block that is all ink (a logo, a bold
  // character) borrows the paper's brightness from around it.
  const background = new Float32Array(bw * bh);
  for (let by = 0; by < bh; by++) {
    for (let bx = 0; bx < bw; bx++) {
      let best = 0;
      let sum = 0;
      let n = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const x = bx + dx;
          const y = by + dy;
          if (x < 0 || y < 0 || x >= bw || y >= bh) continue;
          const m = maxima[y * bw + x]!;
          if (m > best) best = m;
          sum += m;
          n++;
        }
      }
      // Between the neighbourhood's mean and its brightest block: robust to one dark block.
      background[by * bw + bx] = Math.max(16, (best + sum / n) / 2);
    }
  }
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    // Bilinear between block centres.
    const fy = Math.min(Math.max((y + 0.5) / block - 0.5, 0), bh - 1);
    const y0 = fy | 0;
    const y1 = Math.min(y0 + 1, bh - 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(Math.max((x + 0.5) / block - 0.5, 0), bw - 1);
      const x0 = fx | 0;
      const x1 = Math.min(x0 + 1, bw - 1);
      const wx = fx - x0;
      const bg =
        (background[y0 * bw + x0]! * (1 - wx) + background[y0 * bw + x1]! * wx) * (1 - wy) +
        (background[y1 * bw + x0]! * (1 - wx) + background[y1 * bw + x1]! * wx) * wy;
      const v = (255 * data[y * width + x]!) / bg;
      out[y * width + x] = v > 255 ? 255 : v;
    }
  }
  return { data: out, width, height };
}

/**
 * Stretches the levels so the darkest `clip` share of pixels becomes black and paper white,
 * with a gamma below 1 to darken thin, light strokes of small print. The stretch spans at least
 * `minSpan` levels: on a blank card the darkest pixels are paper grain and JPEG noise, which a
 * full stretch would turn into black blotches the engine reads as text.
 */
export function stretchContrast(image: GrayImage, clip = 0.005, gamma = 0.8, minSpan = 110): GrayImage {
  const { data, width, height } = image;
  const histogram = new Uint32Array(256);
  for (const v of data) histogram[v]!++;
  const lowCount = data.length * clip;
  let low = 0;
  for (let seen = 0; low < 255 && seen + histogram[low]! <= lowCount; low++) seen += histogram[low]!;
  let high = 255;
  for (let seen = 0; high > low && seen + histogram[high]! <= data.length * 0.2; high--) seen += histogram[high]!;
  low = Math.max(0, Math.min(low, high - minSpan));
  const span = Math.max(1, high - low);
  const table = new Uint8Array(256);
  for (let v = 0; v < 256; v++) {
    const t = Math.min(1, Math.max(0, (v - low) / span));
    table[v] = Math.round(255 * t ** (1 / gamma));
  }
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = table[data[i]!]!;
  return { data: out, width, height };
}

/** Paints a `width`-pixel white frame, so a sliver of table along the card's edge is not read as text. */
export function whiteBorder(image: GrayImage, width: number): GrayImage {
  const data = image.data.slice();
  for (let y = 0; y < image.height; y++) {
    const edgeRow = y < width || y >= image.height - width;
    for (let x = 0; x < image.width; x++) {
      if (edgeRow || x < width || x >= image.width - width) data[y * image.width + x] = 255;
    }
  }
  return { data, width: image.width, height: image.height };
}

/**
 * The bands of rows that hold ink, each with the horizontal extent of its ink: where text is.
 * The OCR engine's page layout now and then drops a large bold name; a band no recognised line
 * covers is read again on its own.
 */
export function inkBands(image: GrayImage, threshold = 128, minHeight = 8): Box[] {
  const { data, width, height } = image;
  const rowInk = new Uint32Array(height);
  for (let y = 0; y < height; y++) {
    let count = 0;
    for (let x = 0; x < width; x++) if (data[y * width + x]! < threshold) count++;
    rowInk[y] = count;
  }
  // A row with a few dark pixels only (dust, a thin rule's end) is not text.
  const minInk = Math.max(2, Math.round(width * 0.003));
  const bands: Box[] = [];
  let start = -1;
  let blank = 0;
  const close = (end: number) => {
    if (end - start < minHeight) return;
    let x0 = width;
    let x1 = 0;
    for (let y = start; y < end; y++) {
      for (let x = 0; x < width; x++) {
        if (data[y * width + x]! < threshold) {
          if (x < x0) x0 = x;
          if (x > x1) x1 = x;
        }
      }
    }
    if (x1 - x0 >= minHeight) bands.push({ x0, y0: start, x1: x1 + 1, y1: end });
  };
  for (let y = 0; y <= height; y++) {
    const inked = y < height && rowInk[y]! >= minInk;
    if (inked) {
      if (start < 0) start = y;
      blank = 0;
    } else if (start >= 0 && ++blank > 2) {
      close(y - blank + 1);
      start = -1;
      blank = 0;
    }
  }
  if (start >= 0) close(height);
  return bands;
}

/** A binary PGM (P5) file of a gray image: the OCR engine reads it without any encoding cost. */
export function toPgm(image: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.data.length);
  out.set(header);
  out.set(image.data, header.length);
  return out;
}
