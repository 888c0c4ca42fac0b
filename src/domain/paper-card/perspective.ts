// Flattening a card photographed at an angle: the projective map from a rectangle onto the
// card's four corners (Heckbert's square-to-quad), and a bilinear resampler over it.
import type { Point, Quad } from './card-bounds';

/** A projective map from the unit square to a quad: x = (a u + b v + c) / (g u + h v + 1), y likewise. */
export interface Projection {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
  g: number;
  h: number;
}

/** The projective map that takes the unit square's corners (clockwise from 0,0) onto `quad`'s. */
export function squareToQuad(quad: Quad): Projection {
  const [p0, p1, p2, p3] = quad;
  const dx1 = p1.x - p2.x;
  const dx2 = p3.x - p2.x;
  const dx3 = p0.x - p1.x + p2.x - p3.x;
  const dy1 = p1.y - p2.y;
  const dy2 = p3.y - p2.y;
  const dy3 = p0.y - p1.y + p2.y - p3.y;
  if (Math.abs(dx3) < 1e-9 && Math.abs(dy3) < 1e-9) {
    // A parallelogram: the map is affine.
    return { a: p1.x - p0.x, b: p2.x - p1.x, c: p0.x, d: p1.y - p0.y, e: p2.y - p1.y, f: p0.y, g: 0, h: 0 };
  }
  const det = dx1 * dy2 - dx2 * dy1;
  const g = (dx3 * dy2 - dx2 * dy3) / det;
  const h = (dx1 * dy3 - dx3 * dy1) / det;
  return {
    a: p1.x - p0.x + g * p1.x,
    b: p3.x - p0.x + h * p3.x,
    c: p0.x,
    d: p1.y - p0.y + g * p1.y,
    e: p3.y - p0.y + h * p3.y,
    f: p0.y,
    g,
    h,
  };
}

/** Where the point (u, v) of the unit square lands under `p`. */
export function project(p: Projection, u: number, v: number): Point {
  const w = p.g * u + p.h * v + 1;
  return { x: (p.a * u + p.b * v + p.c) / w, y: (p.d * u + p.e * v + p.f) / w };
}

/**
 * Resamples the region `quad` of an image with `channels` interleaved channels (1 for gray,
 * 4 for RGBA) into an upright `outWidth` × `outHeight` image. Bilinear; outside the source
 * reads the nearest edge pixel.
 */
export function warpQuad(
  source: ArrayLike<number>,
  width: number,
  height: number,
  quad: Quad,
  outWidth: number,
  outHeight: number,
  channels = 1,
): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(outWidth * outHeight * channels);
  const p = squareToQuad(quad);
  const maxX = width - 1;
  const maxY = height - 1;
  let o = 0;
  for (let y = 0; y < outHeight; y++) {
    const v = (y + 0.5) / outHeight;
    for (let x = 0; x < outWidth; x++) {
      const u = (x + 0.5) / outWidth;
      const w = p.g * u + p.h * v + 1;
      let sx = (p.a * u + p.b * v + p.c) / w - 0.5;
      let sy = (p.d * u + p.e * v + p.f) / w - 0.5;
      sx = sx < 0 ? 0 : sx > maxX ? maxX : sx;
      sy = sy < 0 ? 0 : sy > maxY ? maxY : sy;
      const x0 = sx | 0;
      const y0 = sy | 0;
      const x1 = x0 < maxX ? x0 + 1 : x0;
      const y1 = y0 < maxY ? y0 + 1 : y0;
      const fx = sx - x0;
      const fy = sy - y0;
      const i00 = (y0 * width + x0) * channels;
      const i01 = (y0 * width + x1) * channels;
      const i10 = (y1 * width + x0) * channels;
      const i11 = (y1 * width + x1) * channels;
      for (let c = 0; c < channels; c++) {
        const top = source[i00 + c]! * (1 - fx) + source[i01 + c]! * fx;
        const bottom = source[i10 + c]! * (1 - fx) + source[i11 + c]! * fx;
        out[o++] = top * (1 - fy) + bottom * fy + 0.5;
      }
    }
  }
  return out;
}
