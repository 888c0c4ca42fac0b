import { describe, expect, it } from 'vitest';
import { darkestChannel, flattenLight, inkBands, stretchContrast, toPgm, whiteBorder, type GrayImage } from '../../../../src/domain/paper-card/enhance';

/** Paper lit from the left (bright) to the right (dim), with two rows of dark "text". */
function unevenCard(width = 300, height = 160): GrayImage {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const light = 1 - 0.55 * (x / width);
      const text = ((y >= 30 && y < 46) || (y >= 100 && y < 112)) && x % 12 < 6 && x > 20 && x < 280;
      data[y * width + x] = Math.round((text ? 40 : 235) * light);
    }
  }
  return { data, width, height };
}

describe('darkestChannel', () => {
  it('makes ink of any colour dark and white paper bright', () => {
    const rgba = new Uint8Array([250, 248, 240, 255, 200, 40, 50, 255, 250, 230, 20, 255, 30, 60, 140, 255]);
    expect([...darkestChannel(rgba, 4, 1).data]).toEqual([240, 40, 20, 30]);
  });
});

describe('flattenLight', () => {
  it('makes paper white from the bright side to the dim side and keeps text dark', () => {
    const image = unevenCard();
    const flat = flattenLight(image, 20);
    const at = (x: number, y: number) => flat.data[y * flat.width + x]!;
    // Before: paper 235 on the left, ~115 on the right, darker than text on the left.
    expect(image.data[70 * 300 + 290]!).toBeLessThan(120);
    for (const x of [10, 150, 290]) expect(at(x, 70), `paper at ${x}`).toBeGreaterThanOrEqual(225);
    for (const x of [24, 144, 276]) expect(at(x, 36), `text at ${x}`).toBeLessThan(70);
  });
});

describe('stretchContrast', () => {
  it('maps the darkest ink to black and paper to white', () => {
    const data = new Uint8Array(1000).map((_, i) => (i < 100 ? 90 : 200));
    const out = stretchContrast({ data, width: 1000, height: 1 });
    expect(out.data[0]).toBe(0);
    expect(out.data[999]).toBe(255);
  });
});

describe('inkBands', () => {
  it('finds the rows of text with their horizontal extent', () => {
    const flat = flattenLight(unevenCard(), 20);
    const bands = inkBands(flat);
    expect(bands).toHaveLength(2);
    expect(bands[0]).toMatchObject({ y0: 30, y1: 46 });
    expect(bands[1]).toMatchObject({ y0: 100, y1: 112 });
    expect(bands[0]!.x0).toBeGreaterThanOrEqual(20);
    expect(bands[0]!.x1).toBeLessThanOrEqual(281);
  });

  it('finds nothing on blank paper', () => {
    expect(inkBands({ data: new Uint8Array(200 * 100).fill(250), width: 200, height: 100 })).toEqual([]);
  });
});

describe('whiteBorder and toPgm', () => {
  it('whitens the frame and writes a binary PGM', () => {
    const image = whiteBorder({ data: new Uint8Array(16).fill(0), width: 4, height: 4 }, 1);
    expect([...image.data]).toEqual([255, 255, 255, 255, 255, 0, 0, 255, 255, 0, 0, 255, 255, 255, 255, 255]);
    const pgm = toPgm(image);
    expect(new TextDecoder().decode(pgm.slice(0, 11))).toBe('P5\n4 4\n255\n');
    expect(pgm.length).toBe(11 + 16);
  });
});
