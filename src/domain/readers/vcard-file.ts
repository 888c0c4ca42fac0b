import { capLength, cleanLine } from '../card/clean-text';
import type { ParsedCard, ReadError } from './finish-card';
import { findCardRanges, splitLines } from './vcard-lines';
import { parseVCardLines } from './vcard-parse';

// A .vcf file: its bytes as text, then every card in it. .vcf files are UTF-8 nowadays, but
// Japanese feature phones (and their backups) wrote Shift_JIS, and Outlook 2.1 may write
// Windows-1252. A short Shift_JIS name can happen to be valid UTF-8 ("ﾃｽ" is "ý"), so a
// declared CHARSET=SHIFT_JIS wins over a lucky UTF-8 decode.

const SHIFT_JIS = /^(?:SHIFT[_-]?JIS|SJIS|X-SJIS|MS_KANJI|CP932|WINDOWS-31J)$/i;
const UNICODE = /^(?:UTF-?8|US-ASCII|ASCII)$/i;

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

/** The text of a .vcf file's bytes: by BOM, else UTF-8, else the declared CHARSET, else Shift_JIS. */
export function decodeVCardBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  let text: string | null = null;
  try {
    // The default decoder drops a UTF-8 BOM.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: read it as the file says, if it says.
  }
  // Pure ASCII reads the same in every charset here.
  if (text !== null && !/[^\u0000-\u007f]/.test(text)) return text;
  const declared = declaredCharsets(text ?? new TextDecoder('windows-1252').decode(bytes));
  if (declared.some((label) => SHIFT_JIS.test(label))) return new TextDecoder('shift_jis').decode(bytes);
  if (text !== null) return text;
  for (const label of declared) {
    if (UNICODE.test(label)) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: try the next one.
    }
  }
  return new TextDecoder('shift_jis').decode(bytes);
}

function declaredCharsets(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(/CHARSET="?([\w.-]+)/gi), (m) => (m[1] as string).toUpperCase()))];
}

/** Reads every card in a .vcf (iOS, Android, Google Contacts, Outlook); one bad card does not stop the rest. */
export function parseVCardFile(text: string): VCardFileResult {
  // Size first, before splitting or any pattern touches the text.
  if (text.length > MAX_VCF_FILE_LENGTH) {
    return { cards: [], errors: [{ index: 0, reason: { kind: 'too-large', limit: MAX_VCF_FILE_LENGTH }, excerpt: '' }] };
  }
  const lines = splitLines(text);
  const ranges = findCardRanges(lines);
  if (ranges.length === 0) return { cards: [], errors: [{ index: 0, reason: { kind: 'not-a-card' }, excerpt: excerptOf(lines, 0, lines.length) }] };
  const cards: ParsedCard[] = [];
  const errors: VCardFileError[] = [];
  ranges.forEach((range, i) => {
    const result = parseVCardLines(lines, range.begin, range.end);
    if (result.ok) cards.push(result.value);
    else {
      const stop = range.end >= 0 ? range.end : (ranges[i + 1]?.begin ?? lines.length);
      errors.push({ index: i + 1, reason: result.error, excerpt: excerptOf(lines, range.begin, stop) });
    }
  });
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
