// vCard syntax, from text to properties: physical lines, the cards among them, logical lines
// rebuilt from folded ones, each split into name, parameters and raw value, and the escapes of
// text values. What the properties mean is vcard-parse.ts's business.
//
// A .vcf is split into physical lines once; cards are then ranges of that array, so a
// 10,000-card file is never copied card by card.

/**
 * Where one card sits in the line array: `begin` is its BEGIN:VCARD line, `end` its END:VCARD
 * (-1 if missing), `depth` how many cards it is nested in (0 for a card of its own).
 */
export interface CardRange {
  begin: number;
  end: number;
  depth: number;
}

/** The physical lines of a text, whatever its line endings (CRLF, LF or CR). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * The cards in a list of lines, in the order they begin; text outside BEGIN/END is ignored.
 * vCard 2.1 lets a card hold whole cards (AGENT: an assistant's card inside their boss's), so a
 * BEGIN inside an open card opens a nested one and each END closes the innermost. The same rule
 * keeps every complete card after a truncated one: they read as nested in it, and only the
 * truncated card ends up without its END.
 */
export function findCardRanges(lines: readonly string[]): CardRange[] {
  const ranges: CardRange[] = [];
  const open: CardRange[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!mayBeMarker(line)) continue;
    if (isMarker(line, 'BEGIN')) {
      const range = { begin: i, end: -1, depth: open.length };
      ranges.push(range);
      open.push(range);
    } else if (open.length > 0 && isMarker(line, 'END')) {
      (open.pop() as CardRange).end = i;
    }
  }
  return ranges;
}

// Cheap test first: almost every line starts with something other than B/E.
function mayBeMarker(line: string): boolean {
  const c = line.charCodeAt(0) | 0x20;
  return c === 0x62 || c === 0x65 || /^\s/.test(line);
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
// Lines of a card nested in this one are skipped: that card is read on its own.

/** One property with its value unfolded but not yet decoded. */
export interface RawProperty {
  head: PropertyHead;
  value: string;
  encoding: 'qp' | null;
}

/** Keeps every property (the default filter of `readProperties`). */
const keepAll = (): boolean => true;

/**
 * The properties between a card's BEGIN (exclusive) and END (exclusive) lines. `keep` sees
 * each property's upper-case name (group dropped) before anything else is done with it: a
 * property it refuses is read past without splitting its parameters or joining its lines.
 */
export function readProperties(lines: readonly string[], begin: number, end: number, keep: (name: string) => boolean = keepAll): RawProperty[] {
  const out: RawProperty[] = [];
  // The pieces of the property being read (head null: being read past); joined once at the
  // end, because re-slicing a growing string for every continuation line would be quadratic.
  let head: PropertyHead | null = null;
  let encoding: 'qp' | null = null;
  let pieces: string[] = [];
  // The property is quoted-printable and its last line ended in a soft break "=".
  let softBreak = false;
  let inBase64 = false;
  let nested = 0;
  const flush = (): void => {
    if (head) out.push({ head, value: pieces.join(''), encoding });
    head = null;
    pieces = [];
  };
  for (let i = begin + 1; i < end; i++) {
    const line = lines[i] as string;
    if (nested > 0) {
      if (mayBeMarker(line)) nested += isMarker(line, 'BEGIN') ? 1 : isMarker(line, 'END') ? -1 : 0;
      continue;
    }
    if (softBreak) {
      if (head) {
        pieces[pieces.length - 1] = (pieces[pieces.length - 1] as string).slice(0, -1);
        pieces.push(line);
      }
      softBreak = line.endsWith('=');
      continue;
    }
    if (line === '') {
      inBase64 = false;
      continue;
    }
    const first = line.charCodeAt(0);
    if (first === 0x20 || first === 0x09) {
      if (head) pieces.push(line.slice(1));
      softBreak = encoding === 'qp' && line.endsWith('=');
      continue;
    }
    // Base64 data never contains a colon; a property line always does.
    if (inBase64 && !line.includes(':')) continue;
    inBase64 = false;
    flush();
    encoding = null;
    if (mayBeMarker(line) && isMarker(line, 'BEGIN')) {
      nested = 1;
      continue;
    }
    const colon = headEnd(line);
    if (colon < 0) continue;
    const headText = line.slice(0, colon);
    const lineEncoding = encodingOf(headText);
    if (lineEncoding === 'base64') {
      inBase64 = true;
      continue;
    }
    encoding = lineEncoding;
    softBreak = encoding === 'qp' && line.endsWith('=');
    if (!keep(propertyName(headText))) continue;
    head = parseHead(headText);
    pieces = [line.slice(colon + 1)];
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

// 2.1 allowed the encoding as a bare word, like a type.
const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** The values of one parameter, upper-cased (for TYPE, ENCODING, CHARSET and the like). */
export function paramValues(head: PropertyHead, key: string): string[] {
  return (head.params.get(key) ?? []).map((value) => value.toUpperCase());
}

/** A property's name from its head text: upper case, group (`item1.`) dropped. */
function propertyName(headText: string): string {
  const semicolon = headText.indexOf(';');
  const fullName = (semicolon < 0 ? headText : headText.slice(0, semicolon)).trim().toUpperCase();
  return fullName.slice(fullName.lastIndexOf('.') + 1);
}

/**
 * The content encoding named in a head text, 'qp', 'base64' or null for plain text; read from
 * the text without parsing the parameters, so a property read past costs no more than this.
 */
function encodingOf(headText: string): 'qp' | 'base64' | null {
  if (!headText.includes(';')) return null;
  for (const part of headText.split(';').slice(1)) {
    let value = part.trim().toUpperCase().replace(/"/g, '');
    if (value.startsWith('ENCODING=')) value = value.slice('ENCODING='.length).trim();
    if (value === 'QUOTED-PRINTABLE') return 'qp';
    if (value === 'B' || value === 'BASE64') return 'base64';
  }
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
