import { describe, expect, it } from 'vitest';
import type { Quad } from '../../../../src/domain/paper-card/card-bounds';
import { project, squareToQuad, warpQuad } from '../../../../src/domain/paper-card/perspective';

describe('squareToQuad', () => {
  it('takes the unit square’s corners onto the quad’s, for a parallelogram and a trapezoid', () => {
    const quads: Quad[] = [
      [{ x: 10, y: 20 }, { x: 110, y: 30 }, { x: 100, y: 90 }, { x: 0, y: 80 }],
      [{ x: 30, y: 10 }, { x: 170, y: 25 }, { x: 190, y: 140 }, { x: 5, y: 120 }],
    ];
    for (const quad of quads) {
      const p = squareToQuad(quad);
      [[0, 0], [1, 0], [1, 1], [0, 1]].forEach(([u, v], i) => {
        const point = project(p, u!, v!);
        expect(point.x).toBeCloseTo(quad[i]!.x, 6);
        expect(point.y).toBeCloseTo(quad[i]!.y, 6);
      });
    }
  });
});

describe('warpQuad', () => {
  it('flattens a region seen in perspective back into a rectangle', () => {
    // Source: a checkerboard of 10-px squares drawn through the projection of a trapezoid.
    const quad: Quad = [{ x: 20, y: 15 }, { x: 180, y: 25 }, { x: 190, y: 130 }, { x: 10, y: 120 }];
    const p = squareToQuad(quad);
    const [w, h] = [200, 150];
    const source = new Uint8Array(w * h).fill(128);
    // Fill by sampling the flat pattern at fine steps through the projection.
    for (let v = 0; v < 1; v += 0.002) {
      for (let u = 0; u < 1; u += 0.002) {
        const { x, y } = project(p, u, v);
        source[Math.floor(y) * w + Math.floor(x)] = (Math.floor(u * 8) + Math.floor(v * 6)) % 2 ? 250 : 10;
      }
    }
    const out = warpQuad(source, w, h, quad, 80, 60);
    // The centre of each flat square has its colour back.
    for (let row = 0; row < 6; row++) {
      for (let col = 0; col < 8; col++) {
        const value = out[(row * 10 + 5) * 80 + col * 10 + 5]!;
        expect(value, `square ${col},${row}`).toBe((col + row) % 2 ? 250 : 10);
      }
    }
  });

  it('resamples every channel of RGBA and reads the edge outside the image', () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255]);
    const whole: Quad = [{ x: 0, y: 0 }, { x: 2, y: 0 }, { x: 2, y: 2 }, { x: 0, y: 2 }];
    expect([...warpQuad(rgba, 2, 2, whole, 2, 2, 4)]).toEqual([...rgba]);
    const beyond: Quad = [{ x: -5, y: -5 }, { x: -3, y: -5 }, { x: -3, y: -3 }, { x: -5, y: -3 }];
    expect([...warpQuad(rgba, 2, 2, beyond, 1, 1, 4)]).toEqual([255, 0, 0, 255]);
  });
});
