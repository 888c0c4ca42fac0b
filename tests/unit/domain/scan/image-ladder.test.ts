import { describe, expect, it } from 'vitest';
import { halve, imageLadder, readWithLadder, stretchContrast, type Pixels } from '../../../../src/domain/scan/image-ladder';

/** A photo whose every pixel is grey `value(x, y)`. */
function grey(width: number, height: number, value: (x: number, y: number) => number): Pixels {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = value(x, y);
      data[i + 3] = 255;
    }
  }
  return { width, height, data };
}

const at = (pixels: Pixels, x: number, y: number) => pixels.data[(y * pixels.width + x) * 4]!;

describe('imageLadder', () => {
  it('tries the photo as it is, then half its size, then its contrast stretched', () => {
    const photo = grey(400, 300, (x) => x % 256);
    const steps = [...imageLadder(photo)];
    expect(steps.map((s) => s.step)).toEqual(['full', 'downscaled', 'contrast']);
    expect(steps[0]!.pixels).toBe(photo);
    expect([steps[1]!.pixels.width, steps[1]!.pixels.height]).toEqual([200, 150]);
    expect([steps[2]!.pixels.width, steps[2]!.pixels.height]).toEqual([400, 300]);
  });

  it('skips halving a photo that would end up too coarse to read', () => {
    expect([...imageLadder(grey(199, 600, () => 0))].map((s) => s.step)).toEqual(['full', 'contrast']);
    expect([...imageLadder(grey(200, 600, () => 0))].map((s) => s.step)).toEqual(['full', 'downscaled', 'contrast']);
  });
});

describe('readWithLadder', () => {
  it('stops at the first copy that reads, without making the later ones', async () => {
    const tried: string[] = [];
    const photo = grey(400, 400, () => 128);
    const read = await readWithLadder(photo, async (pixels) => {
      tried.push(`${pixels.width}`);
      return pixels.width === 200 ? 'MECARD:N:Suzuki;;' : null;
    });
    expect(read).toEqual({ text: 'MECARD:N:Suzuki;;', step: 'downscaled' });
    expect(tried).toEqual(['400', '200']);
  });

  it('says null only after every copy was tried', async () => {
    let tries = 0;
    const read = await readWithLadder(grey(400, 400, () => 128), async () => {
      tries++;
      return null;
    });
    expect(read).toBeNull();
    expect(tries).toBe(3);
  });
});

describe('halve', () => {
  it('averages each 2×2 block', () => {
    const photo = grey(4, 2, (x, y) => [[0, 100, 200, 255], [40, 60, 0, 255]][y]![x]!);
    const half = halve(photo);
    expect([half.width, half.height]).toEqual([2, 1]);
    expect([at(half, 0, 0), at(half, 1, 0)]).toEqual([50, 178]);
    expect(half.data[3]).toBe(255);
  });

  it('drops the odd last row and column instead of reading past the edge', () => {
    const half = halve(grey(5, 3, () => 90));
    expect([half.width, half.height]).toEqual([2, 1]);
    expect([...half.data]).toEqual([90, 90, 90, 255, 90, 90, 90, 255]);
  });
});

describe('stretchContrast', () => {
  it('spreads a dim, low-contrast photo over the whole grey range', () => {
    // A washed-out code: dark modules at 100, light at 140, a few outliers beyond the 1 % cut.
    const photo = grey(100, 100, (x, y) => (x + y === 0 ? 0 : x + y === 198 ? 255 : (x >> 3) % 2 ? 140 : 100));
    const stretched = stretchContrast(photo);
    expect(at(stretched, 8, 5)).toBe(255);
    expect(at(stretched, 1, 5)).toBe(0);
    expect(at(stretched, 0, 0)).toBe(0); // an outlier is clamped, not allowed to set the range
  });

  it('returns colour as grey, and a flat photo as grey without amplifying its noise', () => {
    const data = new Uint8ClampedArray(4 * 4 * 4);
    for (let i = 0; i < data.length; i += 4) data.set([200 + (i % 8), 0, 0, 255], i);
    const stretched = stretchContrast({ width: 4, height: 4, data });
    expect(new Set([...stretched.data].filter((_, i) => i % 4 === 0))).toEqual(new Set([60, 61]));
    expect(stretched.data[1]).toBe(stretched.data[0]);
  });
});
