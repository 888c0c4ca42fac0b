// Finding a business card in a photo: a bright, plain, roughly rectangular region on a darker or
// more colourful table. Works on a small "paper" map (the darkest of R, G, B per pixel, so that
// white card stock stands out from wood and beige), a few hundred pixels across.

/** A point in pixel coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** A card's corners, clockwise from top-left. */
export type Quad = [Point, Point, Point, Point];

/** Otsu's threshold of a 256-bin histogram: the level that best splits it into two classes. */
export function otsuThreshold(histogram: ArrayLike<number>): number {
  let total = 0;
  let sum = 0;
  for (let i = 0; i < 256; i++) {
    total += histogram[i]!;
    sum += i * histogram[i]!;
  }
  let below = 0;
  let belowSum = 0;
  let best = 0;
  let threshold = 127;
  for (let i = 0; i < 256; i++) {
    below += histogram[i]!;
    if (below === 0) continue;
    const above = total - below;
    if (above === 0) break;
    belowSum += i * histogram[i]!;
    const meanBelow = belowSum / below;
    const meanAbove = (sum - belowSum) / above;
    const between = below * above * (meanBelow - meanAbove) ** 2;
    if (between > best) {
      best = between;
      threshold = i;
    }
  }
  return threshold;
}

/** The area of a polygon (shoelace formula). */
export function polygonArea(points: readonly Point[]): number {
  let twice = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    twice += a.x * b.y - b.x * a.y;
  }
  return Math.abs(twice) / 2;
}

/** The least part of the frame a card must cover to count as found. */
const MIN_CARD_SHARE = 0.08;
/** The least share of its outline a card's bright pixels fill (printing leaves holes). */
const MIN_FILL = 0.6;

/**
 * The card's corners in a paper map (`values`, `width` × `height`, row-major), or null when
 * no card stands out (a card on a white table, or a close-up of the card itself). The card is
 * the largest bright connected region above Otsu's threshold; its corners are the region's
 * extreme points along the two diagonals, which holds for tilts well beyond ±5°.
 */
export function findCardQuad(values: Uint8Array, width: number, height: number): Quad | null {
  const histogram = new Uint32Array(256);
  for (const v of values) histogram[v]!++;
  const threshold = otsuThreshold(histogram);
  const bright = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) bright[i] = values[i]! > threshold ? 1 : 0;

  // Largest 4-connected bright region, labelled with an explicit stack (no recursion).
  const label = new Int32Array(values.length);
  const stack = new Int32Array(values.length);
  let bestLabel = 0;
  let bestSize = 0;
  let next = 0;
  for (let start = 0; start < values.length; start++) {
    if (!bright[start] || label[start]) continue;
    next++;
    let size = 0;
    let top = 0;
    stack[top++] = start;
    label[start] = next;
    while (top > 0) {
      const i = stack[--top]!;
      size++;
      const x = i % width;
      if (x > 0 && bright[i - 1] && !label[i - 1]) (label[i - 1] = next), (stack[top++] = i - 1);
      if (x < width - 1 && bright[i + 1] && !label[i + 1]) (label[i + 1] = next), (stack[top++] = i + 1);
      if (i >= width && bright[i - width] && !label[i - width]) (label[i - width] = next), (stack[top++] = i - width);
      if (i < values.length - width && bright[i + width] && !label[i + width]) (label[i + width] = next), (stack[top++] = i + width);
    }
    if (size > bestSize) {
      bestSize = size;
      bestLabel = next;
    }
  }
  if (bestSize < MIN_CARD_SHARE * values.length) return null;

  // Extreme points along the diagonals: top-left minimises x + y, bottom-right maximises it, etc.
  let tl = { x: 0, y: 0, s: Infinity };
  let br = { x: 0, y: 0, s: -Infinity };
  let tr = { x: 0, y: 0, s: -Infinity };
  let bl = { x: 0, y: 0, s: Infinity };
  let touchesEdge = 0;
  for (let i = 0; i < values.length; i++) {
    if (label[i] !== bestLabel) continue;
    const x = i % width;
    const y = (i - x) / width;
    if (x === 0 || y === 0 || x === width - 1 || y === height - 1) touchesEdge++;
    const sum = x + y;
    const diff = x - y;
    if (sum < tl.s) tl = { x, y, s: sum };
    if (sum > br.s) br = { x: x + 1, y: y + 1, s: sum };
    if (diff > tr.s) tr = { x: x + 1, y, s: diff };
    if (diff < bl.s) bl = { x, y: y + 1, s: diff };
  }
  const quad: Quad = [
    { x: tl.x, y: tl.y },
    { x: tr.x, y: tr.y },
    { x: br.x, y: br.y },
    { x: bl.x, y: bl.y },
  ];
  const area = polygonArea(quad);
  // A region that runs along the frame's border is the table or a wall, not a card.
  if (touchesEdge > (width + height) * 0.5) return null;
  if (area < MIN_CARD_SHARE * values.length || bestSize < MIN_FILL * area) return null;
  return quad;
}

/** The size a card seen as `quad` has once flattened: its longer opposite edges. */
export function quadSize(quad: Quad): { width: number; height: number } {
  const d = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
  return {
    width: Math.max(d(quad[0], quad[1]), d(quad[3], quad[2])),
    height: Math.max(d(quad[0], quad[3]), d(quad[1], quad[2])),
  };
}

/** Scales a quad's coordinates (from the small map to the full image). */
export function scaleQuad(quad: Quad, sx: number, sy: number = sx): Quad {
  return quad.map((p) => ({ x: p.x * sx, y: p.y * sy })) as Quad;
}
