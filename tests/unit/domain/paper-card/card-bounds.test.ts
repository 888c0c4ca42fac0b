import { describe, expect, it } from 'vitest';
import { findCardQuad, otsuThreshold, polygonArea, quadSize, scaleQuad, type Quad } from '../../../../src/domain/paper-card/card-bounds';

/** A W × H "paper map": a textured table, and a card (bright, with printing) inside `quad`. */
function scene(width: number, height: number, quad: Quad | null, table: (x: number, y: number) => number, paper = 225): Uint8Array {
  const values = new Uint8Array(width * height);
  const inside = (x: number, y: number) => {
    if (!quad) return false;
    // Convex polygon test: the same side of every edge.
    let sign = 0;
    for (let i = 0; i < 4; i++) {
      const a = quad[i]!;
      const b = quad[(i + 1) % 4]!;
      const cross = (b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x);
      if (cross !== 0) {
        if (sign !== 0 && Math.sign(cross) !== sign) return false;
        sign = Math.sign(cross);
      }
    }
    return true;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let v = table(x, y);
      // Printing: short dark strokes in rows, the way text looks at this scale.
      if (inside(x + 0.5, y + 0.5)) v = y % 14 < 3 && x % 9 < 5 && (x + y) % 50 > 20 ? 60 : paper;
      values[y * width + x] = v;
    }
  }
  return values;
}

const wood = (x: number) => 90 + ((x * 7) % 23);
const rotated = (cx: number, cy: number, w: number, h: number, degrees: number): Quad => {
  const r = (degrees * Math.PI) / 180;
  const corner = (dx: number, dy: number) => ({ x: cx + dx * Math.cos(r) - dy * Math.sin(r), y: cy + dx * Math.sin(r) + dy * Math.cos(r) });
  return [corner(-w / 2, -h / 2), corner(w / 2, -h / 2), corner(w / 2, h / 2), corner(-w / 2, h / 2)];
};

function expectNear(found: Quad | null, expected: Quad, tolerance: number) {
  expect(found).not.toBeNull();
  found!.forEach((p, i) => {
    expect(Math.abs(p.x - expected[i]!.x), `corner ${i} x`).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(p.y - expected[i]!.y), `corner ${i} y`).toBeLessThanOrEqual(tolerance);
  });
}

describe('otsuThreshold', () => {
  it('splits two populations between them', () => {
    const histogram = new Array<number>(256).fill(0);
    histogram[50] = 100;
    histogram[200] = 100;
    const t = otsuThreshold(histogram);
    expect(t).toBeGreaterThanOrEqual(50);
    expect(t).toBeLessThan(200);
  });
});

describe('findCardQuad', () => {
  it('finds a card tilted 5° on a wooden table, corners clockwise from top-left', () => {
    const card = rotated(200, 150, 240, 145, 5);
    expectNear(findCardQuad(scene(400, 300, card, wood), 400, 300), card, 3);
  });

  it('finds a card tilted the other way, off-centre', () => {
    const card = rotated(230, 140, 300, 180, -4);
    expectNear(findCardQuad(scene(400, 300, card, wood), 400, 300), card, 3);
  });

  it('finds a card seen in perspective (a trapezoid)', () => {
    const card: Quad = [
      { x: 90, y: 70 },
      { x: 320, y: 80 },
      { x: 335, y: 235 },
      { x: 75, y: 225 },
    ];
    expectNear(findCardQuad(scene(400, 300, card, () => 40), 400, 300), card, 3);
  });

  it('finds a card under uneven light', () => {
    const card = rotated(200, 150, 260, 160, 2);
    const shaded = scene(400, 300, card, wood).map((v, i) => Math.round(v * (0.6 + 0.4 * ((i % 400) / 400))));
    expectNear(findCardQuad(shaded, 400, 300), card, 4);
  });

  it('finds nothing on an empty table, or when the "card" is the whole bright frame', () => {
    expect(findCardQuad(scene(400, 300, null, wood), 400, 300)).toBeNull();
    expect(findCardQuad(scene(400, 300, null, () => 235), 400, 300)).toBeNull();
    // A close-up: the card runs past the frame on every side.
    expect(findCardQuad(scene(400, 300, rotated(200, 150, 460, 360, 0), () => 50), 400, 300)).toBeNull();
  });

  it('ignores a small bright thing (a receipt corner, a reflection)', () => {
    expect(findCardQuad(scene(400, 300, rotated(60, 60, 40, 30, 0), wood), 400, 300)).toBeNull();
  });
});

describe('quad helpers', () => {
  const card: Quad = [
    { x: 0, y: 0 },
    { x: 100, y: 0 },
    { x: 100, y: 60 },
    { x: 0, y: 60 },
  ];
  it('measures area and flattened size', () => {
    expect(polygonArea(card)).toBe(6000);
    expect(quadSize(card)).toEqual({ width: 100, height: 60 });
  });
  it('scales from the small search map to the full image', () => {
    expect(scaleQuad(card, 2, 3)[2]).toEqual({ x: 200, y: 180 });
  });
});
