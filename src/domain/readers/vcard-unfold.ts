import { encodingOf, splitContentLine, type PropertyHead } from './vcard-property';

// Logical lines are rebuilt from physical ones in three ways:
// - folding: a line starting with a space or tab continues the previous one (that one
//   whitespace character is dropped, as 3.0/4.0 say and as 2.1 writers do in practice);
// - quoted-printable soft breaks (2.1): a QP value ending in "=" continues on the next line;
// - base64 (PHOTO, LOGO, SOUND): skipped whole, including 2.1 continuation lines that are
//   not indented and run up to a blank line.

/** One property with its value unfolded but not yet decoded. */
export interface RawProperty {
  head: PropertyHead;
  value: string;
  encoding: 'qp' | null;
}

/** The properties between a card's BEGIN (exclusive) and END (exclusive) lines. */
export function readProperties(lines: readonly string[], begin: number, end: number): RawProperty[] {
  const out: RawProperty[] = [];
  // The pieces of the property being read; joined once at the end, because re-slicing a
  // growing string for every continuation line would be quadratic.
  let head: PropertyHead | null = null;
  let encoding: 'qp' | null = null;
  let pieces: string[] = [];
  let inBase64 = false;
  const flush = (): void => {
    if (head) out.push({ head, value: pieces.join(''), encoding });
    head = null;
    pieces = [];
  };
  for (let i = begin + 1; i < end; i++) {
    const line = lines[i] as string;
    const last = pieces[pieces.length - 1];
    if (encoding === 'qp' && last !== undefined && last.endsWith('=')) {
      pieces[pieces.length - 1] = last.slice(0, -1);
      pieces.push(line);
      continue;
    }
    if (line === '') {
      inBase64 = false;
      continue;
    }
    const first = line.charCodeAt(0);
    if (first === 0x20 || first === 0x09) {
      if (head) pieces.push(line.slice(1));
      continue;
    }
    // Base64 data never contains a colon; a property line always does.
    if (inBase64 && !line.includes(':')) continue;
    inBase64 = false;
    flush();
    const split = splitContentLine(line);
    if (!split) continue;
    const lineEncoding = encodingOf(split.head);
    if (lineEncoding === 'base64') {
      inBase64 = true;
      continue;
    }
    head = split.head;
    encoding = lineEncoding;
    pieces = [split.value];
  }
  flush();
  return out;
}
