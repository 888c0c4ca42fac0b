// What the OCR engine saw on a card, in the engine-neutral shape the field guesser reads
// (recorded from real engine output in the tests).

/** A box in the image the engine read, in pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One word (for Japanese, often one character) with its box and confidence (0–100). */
export interface OcrWord {
  text: string;
  confidence: number;
  bbox: Box;
}

/** One line of text as the engine read it. */
export interface OcrLine {
  text: string;
  confidence: number;
  bbox: Box;
  words: OcrWord[];
}

/** Everything read from one side of a card. */
export interface OcrPage {
  width: number;
  height: number;
  lines: OcrLine[];
}

/** The two OCR models the reader runs. */
export type OcrModel = 'jpn' | 'eng';

/** How tesseract is told to see a region: a block of lines (6), one line (7), a raw line (13). */
export type LineMode = '6' | '7' | '13';

/**
 * A region to read again on its own, by `reader` in each of `modes`: line `index` of the
 * `source` model's page, or ink band `index` no line covers (`source` 'ink').
 */
export interface Recheck {
  source: OcrModel | 'ink';
  index: number;
  reader: OcrModel;
  modes: LineMode[];
}

/** One second reading of a line's region: the lines found there (two when the page had merged them) and the confidence. */
export interface RecheckResult {
  source: OcrModel | 'ink';
  index: number;
  reader: OcrModel;
  mode: LineMode;
  confidence: number;
  lines: OcrLine[];
}

/**
 * One card side read twice over the same image, with the Japanese model and with the English
 * one, and the doubtful lines read again on their own.
 */
export interface CardReadings {
  jpn: OcrPage;
  eng: OcrPage;
  /** Where the image has ink (rows of text), found before reading. */
  bands?: Box[];
  rechecks?: RecheckResult[];
}
