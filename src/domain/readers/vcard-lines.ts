// A .vcf is split into physical lines once; cards are then ranges of that array, so a
// 10,000-card file is never copied card by card.

/** Where one card sits in the line array: `begin` is its BEGIN:VCARD line, `end` its END:VCARD (-1 if missing). */
export interface CardRange {
  begin: number;
  end: number;
}

/** The physical lines of a text, whatever its line endings (CRLF, LF or CR). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The cards in a list of lines, in order; text outside BEGIN/END is ignored. */
export function findCardRanges(lines: readonly string[]): CardRange[] {
  const ranges: CardRange[] = [];
  let open: CardRange | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    // Cheap test first: almost every line starts with something other than B/E.
    const c = line.charCodeAt(0) | 0x20;
    if (c !== 0x62 && c !== 0x65 && !/^\s/.test(line)) continue;
    if (isMarker(line, 'BEGIN')) {
      // A BEGIN inside an open card means the open one was cut short.
      open = { begin: i, end: -1 };
      ranges.push(open);
    } else if (open && isMarker(line, 'END')) {
      open.end = i;
      open = null;
    }
  }
  return ranges;
}

function isMarker(line: string, word: 'BEGIN' | 'END'): boolean {
  const trimmed = line.trim();
  return trimmed.length === word.length + 6 && trimmed.toUpperCase() === `${word}:VCARD`;
}
