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
export interface ContentLine {
  head: PropertyHead;
  value: string;
}

// 2.1 allowed the encoding as a bare word, like a type.
const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** Splits a content line into its head and raw value; null for a line with no colon. */
export function splitContentLine(line: string): ContentLine | null {
  const colon = headEnd(line);
  if (colon < 0) return null;
  return { head: parseHead(line.slice(0, colon)), value: line.slice(colon + 1) };
}

/** The values of one parameter, upper-cased (for TYPE, ENCODING, CHARSET and the like). */
export function paramValues(head: PropertyHead, key: string): string[] {
  return (head.params.get(key) ?? []).map((value) => value.toUpperCase());
}

/** The content encoding of a property: 'qp', 'base64' or null for plain text. */
export function encodingOf(head: PropertyHead): 'qp' | 'base64' | null {
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
