// vCard syntax, from text to properties: physical lines, the cards among them, logical lines
// rebuilt from folded ones, each split into name, parameters and raw value, and the escapes of
// text values. What the properties mean is vcard-parse.ts's business.
//
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

// One content line: `[group.]NAME[;param…]:value`. Parameters come in three dialects:
// 2.1 bare words (`;WORK;PREF;QUOTED-PRINTABLE`), 3.0 `TYPE=work,pref`, 4.0 `PREF=1` and
// quoted values (`SORT-AS="やまだ,たろう"`, RFC 6868 `^n ^^ ^'` escapes).

/** A property's name and parameters, keys and TYPE values normalised to upper case. */
export interface PropertyHead {
  name: string;
  /** The values of each parameter (KEY=a,b → [a, b]); 2.1 bare words are filed under TYPE or ENCODING. */
  params: Map<string, string[]>;
}

/** A content line split at its first colon outside quotes, or null if it has none. */
interface ContentLine {
  head: PropertyHead;
  value: string;
}

// 2.1 allowed the encoding as a bare word, like a type.
const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** Splits a content line into its head and raw value; null for a line with no colon. */
function splitContentLine(line: string): ContentLine | null {
  const colon = headEnd(line);
  if (colon < 0) return null;
  return { head: parseHead(line.slice(0, colon)), value: line.slice(colon + 1) };
}

/** The values of one parameter, upper-cased (for TYPE, ENCODING, CHARSET and the like). */
export function paramValues(head: PropertyHead, key: string): string[] {
  return (head.params.get(key) ?? []).map((value) => value.toUpperCase());
}

/** The content encoding of a property: 'qp', 'base64' or null for plain text. */
function encodingOf(head: PropertyHead): 'qp' | 'base64' | null {
  const encoding = paramValues(head, 'ENCODING')[0];
  if (encoding === 'QUOTED-PRINTABLE') return 'qp';
  if (encoding === 'B' || encoding === 'BASE64') return 'base64';
  return null;
}

function headEnd(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (c === 0x3a && !quoted) return i;
  }
  // An unbalanced quote must not swallow the whole line: fall back to the first colon.
  return line.indexOf(':');
}

function parseHead(head: string): PropertyHead {
  const parts = splitOutsideQuotes(head, ';');
  const fullName = (parts[0] ?? '').trim().toUpperCase();
  // `item1.EMAIL`: the group only ties properties together (Apple labels); drop it.
  const name = fullName.slice(fullName.lastIndexOf('.') + 1);
  const params = new Map<string, string[]>();
  for (const part of parts.slice(1)) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? '' : part.slice(0, eq).trim().toUpperCase();
    const raw = eq < 0 ? part.trim() : part.slice(eq + 1);
    if (!key && !raw) continue;
    const filed = key || (BARE_ENCODINGS.has(raw.toUpperCase()) ? 'ENCODING' : 'TYPE');
    let list = params.get(filed);
    if (!list) params.set(filed, (list = []));
    // One by one, not push(...values): a hostile line can hold more values than a call takes arguments.
    for (const value of paramValueList(raw)) list.push(value);
  }
  return { name, params };
}

// Quotes only protect `,;:` inside a value; a quoted list ("work,pref") is still a list.
function paramValueList(raw: string): string[] {
  return raw
    .replace(/"/g, '')
    .split(',')
    .map((value) => value.trim().replace(/\^(\^|n|N|')/g, (_, c: string) => (c === '^' ? '^' : c === "'" ? '"' : '\n')))
    .filter(Boolean);
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  if (!text.includes('"')) return text.split(separator);
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === separator && !quoted) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

// Text escapes: `\\ \, \; \n \N` (and `\:`, which Apple and Android write in URLs).
// Structured values (N, ORG) are split on unescaped `;` before unescaping, so an escaped
// `\;` stays inside its component; an escaped `\n` becomes a newline inside the value and
// never a new property. MECARD escapes the same way, so its reader uses `splitComponents` too.

/** Splits a raw value on unescaped separators, leaving escapes in place. */
export function splitComponents(value: string, separator: ';' | ','): string[] {
  if (!value.includes('\\')) return value.split(separator);
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\') i++;
    else if (c === separator) {
      out.push(value.slice(start, i));
      start = i + 1;
    }
  }
  out.push(value.slice(start));
  return out;
}

/** Resolves vCard escapes; an unknown escape keeps its backslash. */
export function unescapeText(value: string): string {
  if (!value.includes('\\')) return value;
  return value.replace(/\\([\\,;:nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
