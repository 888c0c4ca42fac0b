// One card side is read twice over the same image, by the Japanese model and by the English one.
// The page layout is the engine's and the same in both, so lines match by their boxes; each line
// is taken from the model that suits it: Japanese where there is kanji or kana, English for
// Latin text (emails and websites above all, which the Japanese model garbles), and within a
// mixed line ("メール kato@example.co.jp") the Latin words from the English reading.
import { cjkCount, hasCjk, latinCount, plausibleText, squash } from './card-text';
import type { Box, CardReadings, OcrLine, OcrModel, OcrPage, OcrWord, Recheck, RecheckResult } from './ocr-page';

/** Japanese lines read with less confidence than this are read again on their own. */
const JPN_RECHECK_BELOW = 90;
/** Latin lines likewise, by the English model. */
const ENG_RECHECK_BELOW = 85;
/** Boxes that overlap at least this much (intersection over union) are the same line. */
const SAME_LINE = 0.4;

/** Intersection over union of two boxes (0 when apart, 1 when equal). */
export function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  const area = (r: Box) => (r.x1 - r.x0) * (r.y1 - r.y0);
  return inter / (area(a) + area(b) - inter);
}

function horizontalOverlap(a: Box, b: Box): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0));
}

const hasLetters = (text: string) => /[A-Za-z]/.test(text);

/** An address or URL word ("kato@example.co.jp", "www.example.jp"): the Japanese model garbles these. */
const isContactWord = (text: string) => /[A-Za-z]/.test(text) && /[@./:]/.test(text);

/** The Japanese line with its address-like words replaced by the English reading of the same place. */
function mixLine(jpn: OcrLine, eng: OcrLine): OcrLine {
  // Each English word goes to the Japanese word that covers most of it.
  const owner = eng.words.map((e) => {
    let best = -1;
    let bestOverlap = (e.bbox.x1 - e.bbox.x0) / 2;
    jpn.words.forEach((j, index) => {
      const o = horizontalOverlap(j.bbox, e.bbox);
      if (o > bestOverlap) (best = index), (bestOverlap = o);
    });
    return best;
  });
  const words: OcrWord[] = [];
  let text = '';
  let cursor = 0;
  jpn.words.forEach((word, index) => {
    const replacements = eng.words.filter((_, e) => owner[e] === index);
    const replace = !hasCjk(word.text) && isContactWord(word.text) && replacements.length > 0;
    // Keep the Japanese reading's own spacing between words.
    const at = jpn.text.indexOf(word.text, cursor);
    if (at >= 0) {
      text += jpn.text.slice(cursor, at);
      cursor = at + word.text.length;
    } else if (text) text += ' ';
    if (replace) {
      words.push(...replacements);
      text += replacements.map((w) => w.text).join(' ');
    } else {
      words.push(word);
      text += word.text;
    }
  });
  return { ...jpn, text, words };
}

/** For each Japanese line, the index of the English line in the same place (or -1). */
function matchLines(jpn: OcrPage, eng: OcrPage): number[] {
  const used = new Set<number>();
  return jpn.lines.map((line) => {
    let match = -1;
    let best = SAME_LINE;
    eng.lines.forEach((candidate, index) => {
      const o = overlap(line.bbox, candidate.bbox);
      if (o > best && !used.has(index)) (match = index), (best = o);
    });
    if (match >= 0) used.add(match);
    return match;
  });
}

/**
 * The lines worth reading again on their own (a line alone is read better than within the
 * page when a logo or a large neighbour confused the layout): Japanese lines the Japanese model
 * was unsure of, Latin lines the English model was unsure of, and lines only the English model
 * found (Japanese the Japanese model's layout missed).
 */
export function linesToRecheck(readings: CardReadings): Recheck[] {
  const rechecks: Recheck[] = [];
  const matches = matchLines(readings.jpn, readings.eng);
  readings.jpn.lines.forEach((line, index) => {
    const eng = matches[index]!;
    if (hasCjk(line.text) || eng < 0) {
      // As a block too: the page sometimes merges a small title with the large name below it.
      if (line.confidence < JPN_RECHECK_BELOW) rechecks.push({ source: 'jpn', index, reader: 'jpn', modes: ['7', '13', '6'] });
    } else if (readings.eng.lines[eng]!.confidence < ENG_RECHECK_BELOW) {
      rechecks.push({ source: 'eng', index: eng, reader: 'eng', modes: ['7', '13'] });
    }
  });
  readings.eng.lines.forEach((_, index) => {
    if (!matches.includes(index)) rechecks.push({ source: 'eng', index, reader: 'jpn', modes: ['7', '13', '6'] });
  });
  const boxes = [...readings.jpn.lines, ...readings.eng.lines].map((l) => l.bbox);
  (readings.bands ?? []).forEach((band, index) => {
    if (coveredShare(band, boxes) < 0.3) {
      rechecks.push({ source: 'ink', index, reader: 'jpn', modes: ['7', '13', '6'] });
      rechecks.push({ source: 'ink', index, reader: 'eng', modes: ['7', '13'] });
    }
  });
  return rechecks;
}

/** The share of a band's area that the boxes cover (boxes on one page do not overlap much). */
function coveredShare(band: Box, boxes: Box[]): number {
  const area = (band.x1 - band.x0) * (band.y1 - band.y0);
  let covered = 0;
  for (const b of boxes) {
    const w = Math.min(band.x1, b.x1) - Math.max(band.x0, b.x0);
    const h = Math.min(band.y1, b.y1) - Math.max(band.y0, b.y0);
    if (w > 0 && h > 0) covered += w * h;
  }
  return area > 0 ? Math.min(1, covered / area) : 1;
}

/** The most confident second reading of one line, if it beats `confidence`. */
function bestRecheck(rechecks: RecheckResult[], source: OcrModel | 'ink', index: number, reader: OcrModel, confidence: number): RecheckResult | undefined {
  let best: RecheckResult | undefined;
  for (const r of rechecks) {
    if (r.source !== source || r.index !== index || r.reader !== reader || !r.lines.some((l) => l.text.trim()) || r.lines.some((l) => !plausibleText(l.text))) continue;
    if (r.confidence > (best?.confidence ?? confidence)) best = r;
  }
  return best;
}

/** A page with each rechecked line replaced by its most confident reading (which may be two lines). */
function withRechecks(page: OcrPage, model: OcrModel, rechecks: RecheckResult[]): OcrPage {
  const lines = page.lines.flatMap((line, index) => bestRecheck(rechecks, model, index, model, line.confidence)?.lines ?? [line]);
  return { ...page, lines };
}

/** Applies the second readings: better lines in each page, and Japanese lines for the places only the English model found. */
function applyRechecks(readings: CardReadings): CardReadings {
  const rechecks = readings.rechecks ?? [];
  const jpn = withRechecks(readings.jpn, 'jpn', rechecks);
  const eng = withRechecks(readings.eng, 'eng', rechecks);
  const found = readings.eng.lines.flatMap((_, index) => {
    const best = bestRecheck(rechecks, 'eng', index, 'jpn', 49);
    return best && best.lines.some((l) => hasCjk(l.text)) ? best.lines : [];
  });
  // Text the page layout missed altogether, as each model read it.
  const missed = (reader: OcrModel) => (readings.bands ?? []).flatMap((_, index) => bestRecheck(rechecks, 'ink', index, reader, 49)?.lines ?? []);
  return { jpn: { ...jpn, lines: [...jpn.lines, ...found, ...missed('jpn')] }, eng: { ...eng, lines: [...eng.lines, ...missed('eng')] } };
}

/** The lines of a card side, each from the reading that suits it, top to bottom. */
export function mergeReadings(raw: CardReadings): OcrLine[] {
  const readings = applyRechecks(raw);
  const matches = matchLines(readings.jpn, readings.eng);
  const used = new Set<OcrLine>();
  const lines: OcrLine[] = [];
  for (const [index, jpn] of readings.jpn.lines.entries()) {
    const eng = readings.eng.lines[matches[index]!];
    if (!eng) {
      lines.push(jpn);
      continue;
    }
    used.add(eng);
    const cjk = cjkCount(jpn.text);
    // No kanji or kana, or one or two stray ones in a Latin line (a ✉ or a logo read as a kanji).
    if (cjk === 0 || (cjk <= 2 && latinCount(jpn.text) >= 6)) lines.push(eng.text.trim() ? eng : jpn);
    else if (hasLetters(jpn.text)) lines.push(mixLine(jpn, eng));
    else lines.push(jpn);
  }
  // Lines only the English model found (the layouts rarely differ): kept when they are Latin text it is sure of.
  for (const eng of readings.eng.lines) {
    if (!used.has(eng) && eng.confidence >= 70 && hasLetters(eng.text)) lines.push(eng);
  }
  return withoutDuplicates(lines.filter((l) => l.text.trim() !== '')).sort((a, b) => a.bbox.y0 - b.bbox.y0 || a.bbox.x0 - b.bbox.x0);
}

/** The share of the smaller box that the two boxes have in common. */
function sharedShare(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  if (w <= 0 || h <= 0) return 0;
  const smaller = Math.min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0));
  return smaller > 0 ? (w * h) / smaller : 0;
}

/** Whether one text holds the other (spaces aside): two readings of the same line. */
function sameText(a: string, b: string): boolean {
  const x = squash(a);
  const y = squash(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

/**
 * One reading per line: a second reading of a block can bring back a neighbouring line the page
 * already had; of two readings of the same text in the same place, the more confident stays.
 * (A line beside a logo has a tall box that may cover its neighbour: the text must match too.)
 */
function withoutDuplicates(lines: OcrLine[]): OcrLine[] {
  const kept: OcrLine[] = [];
  for (const line of [...lines].sort((a, b) => b.confidence - a.confidence)) {
    if (!kept.some((k) => sharedShare(k.bbox, line.bbox) > 0.5 && sameText(k.text, line.text))) kept.push(line);
  }
  return kept;
}
