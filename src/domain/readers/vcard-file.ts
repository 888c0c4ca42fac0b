import { capLength, cleanLine } from '../card/clean-text';
import type { ParsedCard, ReadError } from './finish-card';
import { findCardRanges, splitLines } from './vcard-lines';
import { parseVCardLines } from './vcard-parse';

// A .vcf file's text (vcard-bytes.ts makes it from the file's bytes): every card in it, and what
// went wrong with the ones that could not be read.

/** The largest .vcf text read, in UTF-16 units (20 MiB: tens of thousands of cards, photos included). */
export const MAX_VCF_FILE_LENGTH = 20 * 1024 * 1024;

/** One card of a file that could not be read. */
export interface VCardFileError {
  /** 1-based position of the card in the file; 0 for the file as a whole (too large, no card at all). */
  index: number;
  reason: ReadError;
  /** A short, cleaned piece of the card (its FN line if any) to show the user which one failed. */
  excerpt: string;
}

/** The readable cards of a file, and what went wrong with the others. */
export interface VCardFileResult {
  cards: ParsedCard[];
  errors: VCardFileError[];
}

const EXCERPT_LENGTH = 80;

/** How far reading a file has got: cards read so far, of all the cards found in it. */
export interface ReadProgress {
  done: number;
  total: number;
}

/** Reads every card in a .vcf (iOS, Android, Google Contacts, Outlook); one bad card does not stop the rest. */
export function parseVCardFile(text: string): VCardFileResult {
  const steps = readVCardFileSteps(text);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * `parseVCardFile` one stretch at a time: yields its progress after every `every` cards, so a
 * caller can report it (a worker) or let the page breathe (the main thread), and returns the
 * result. The first yield comes once the cards are found, before any is read.
 */
export function* readVCardFileSteps(text: string, every = 500): Generator<ReadProgress, VCardFileResult, void> {
  // Size first, before splitting or any pattern touches the text.
  if (text.length > MAX_VCF_FILE_LENGTH) {
    return { cards: [], errors: [{ index: 0, reason: { kind: 'too-large', limit: MAX_VCF_FILE_LENGTH }, excerpt: '' }] };
  }
  const lines = splitLines(text);
  const ranges = findCardRanges(lines);
  if (ranges.length === 0) return { cards: [], errors: [{ index: 0, reason: { kind: 'not-a-card' }, excerpt: excerptOf(lines, 0, lines.length) }] };
  const cards: ParsedCard[] = [];
  const errors: VCardFileError[] = [];
  yield { done: 0, total: ranges.length };
  for (const [i, range] of ranges.entries()) {
    const result = parseVCardLines(lines, range.begin, range.end);
    if (result.ok) cards.push(result.value);
    else {
      const stop = range.end >= 0 ? range.end : (ranges[i + 1]?.begin ?? lines.length);
      errors.push({ index: i + 1, reason: result.error, excerpt: excerptOf(lines, range.begin, stop) });
    }
    if ((i + 1) % every === 0 && i + 1 < ranges.length) yield { done: i + 1, total: ranges.length };
  }
  return { cards, errors };
}

function excerptOf(lines: readonly string[], from: number, to: number): string {
  let fallback = '';
  // The FN line is near the top of every writer's cards; don't walk a whole photo for it.
  for (let i = from; i < Math.min(to, from + 200); i++) {
    const line = capLength(lines[i] as string, EXCERPT_LENGTH * 2);
    if (/^(?:[\w-]+\.)?FN[;:]/i.test(line)) return shorten(line);
    if (!fallback && line.trim() && !/^\s*(?:BEGIN|VERSION|PRODID)[;:]/i.test(line)) fallback = line;
  }
  return shorten(fallback);
}

// Excerpts are shown to the user: cleaned like any scanned text.
function shorten(line: string): string {
  return capLength(cleanLine(line), EXCERPT_LENGTH);
}
