import ICAL from 'ical.js';

// What an independent parser, ical.js, reads in an ORIGINAL sample file: the yardstick of the
// real-world round trip, so that a field Meishi loses at import cannot pass unnoticed. ical.js
// reads vCard 3.0 and 4.0 in UTF-8 only, so the file's bytes are first made readable to it
// without interpreting any field (each step is plain vCard syntax, nothing of Meishi's reader):
// lines unfolded as bytes, the text decoded in the charset the file is in, 2.1 quoted-printable
// values decoded with their CHARSET, 2.1 bare parameters (`EMAIL;PREF;INTERNET`) written as
// TYPE=, and lines of properties never compared (TEL, ADR, PHOTO…, junk between cards) left out.

/** One property as ical.js gives it (jCard): name, parameters, value type, value(s). */
export type JProp = [string, Record<string, string | string[]>, string, ...unknown[]];

/**
 * One card of an original file, in file order (a nested card after the one holding it): its
 * properties as ical.js reads them, and its N value as written; null: unreadable.
 */
export type OriginalCard = { props: JProp[]; rawN: string | null } | null;

// The files that are not UTF-8, and what they are in (SOURCES.md, README.md); any other file
// that is not valid UTF-8 fails the test rather than being guessed at.
const FILE_CHARSETS: Record<string, string> = {
  'aosp/v21_japanese_1.vcf': 'shift_jis',
  'aosp/v21_japanese_2.vcf': 'shift_jis',
  'aosp/v21_japanese_3.vcf': 'shift_jis',
  'aosp/v21_multiple_entry.vcf': 'shift_jis',
  'aosp/v30_japanese.vcf': 'shift_jis',
  'feature-phone-sjis.vcf': 'shift_jis',
  'outlook-2.1.vcf': 'windows-1252',
  'ical4j-vcard/vcard-vCards-SAP.vcf': 'windows-1252',
};

// The properties the round trip compares; ical.js never sees the rest.
const COMPARED = /^(?:[\w-]+\.)?(BEGIN|END|VERSION|N|FN|ORG|TITLE|EMAIL|URL|SORT-STRING|SOUND|X-KANA|X-PHONETIC-(?:FIRST|MIDDLE|LAST)-NAME)(?=[;:])/i;

/** The cards of an original file as ical.js reads them, one entry per BEGIN:VCARD. */
export function readOriginal(file: string, bytes: Uint8Array): OriginalCard[] {
  const charset = FILE_CHARSETS[file] ?? 'utf-8';
  // Folding is undone on the bytes: some writers fold in the middle of a UTF-8 character.
  const text = new TextDecoder(charset, { fatal: true }).decode(unfoldBytes(bytes));
  const cards: OriginalCard[] = [];
  for (const { lines, broken } of topLevelCards(prepareLines(text, charset))) {
    let parsed: JCard;
    try {
      if (broken) throw new Error('unreadable');
      parsed = ICAL.parse(lines.join('\r\n') + '\r\n') as JCard;
    } catch {
      // One entry for each card in it even so, so the position of the next card holds.
      cards.push(...lines.filter((l) => /^BEGIN:VCARD$/i.test(l)).map(() => null));
      continue;
    }
    const rawN = rawNValues(lines);
    const flat: JProp[][] = [];
    flatten(parsed, flat);
    cards.push(...flat.map((props, i) => ({ props, rawN: rawN[i] ?? null })));
  }
  return cards;
}

/** The value of an N line as written (`N;SORT-AS="a,b":Doe;Jane;;;` → `Doe;Jane;;;`). */
export function valueOfLine(line: string): string {
  return line.slice(splitOutsideQuotes(line, ':')[0]!.length + 1);
}

/**
 * N's components by RFC 6350 §3.4: `;` between components, `,` between items, a backslash
 * escaping the next character (`\\;` is a backslash, then a separator). ical.js takes that `;`
 * for an escaped one, so values holding a backslash are split here instead.
 */
export function splitStructured(value: string): string[][] {
  const components: string[][] = [[]];
  let item = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && i + 1 < value.length) {
      const next = value[++i]!;
      item += next === 'n' || next === 'N' ? '\n' : next;
    } else if (c === ';' || c === ',') {
      components[components.length - 1]!.push(item);
      item = '';
      if (c === ';') components.push([]);
    } else item += c;
  }
  components[components.length - 1]!.push(item);
  return components;
}

type JCard = [string, JProp[], JCard[]];

function flatten(card: JCard, out: JProp[][]): void {
  out.push(card[1]);
  for (const inner of card[2] ?? []) flatten(inner, out);
}

// Each card's own N value, in BEGIN order, as `flatten` lists the cards.
function rawNValues(lines: string[]): (string | null)[] {
  const found: (string | null)[] = [];
  const open: number[] = [];
  for (const line of lines) {
    if (/^BEGIN:VCARD$/i.test(line)) open.push(found.push(null) - 1);
    else if (/^END:VCARD$/i.test(line)) open.pop();
    else if (/^(?:[\w-]+\.)?N[;:]/i.test(line) && open.length > 0) found[open[open.length - 1]!] ??= valueOfLine(line);
  }
  return found;
}

function unfoldBytes(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const crlf = b === 0x0d && bytes[i + 1] === 0x0a ? 2 : b === 0x0a ? 1 : 0;
    const next = bytes[i + crlf];
    if (crlf && (next === 0x20 || next === 0x09)) i += crlf;
    else out.push(b);
  }
  return Uint8Array.from(out);
}

// Physical lines to the logical lines ical.js can read: quoted-printable soft breaks joined and
// decoded, bare parameters named, only compared properties kept, 2.1 declared as 3.0 (whose
// syntax the rest now is). A broken quoted-printable value makes its line `null`.
function prepareLines(text: string, fileCharset: string): (string | null)[] {
  const raw = text.split(/\r*\n|\r/);
  const out: (string | null)[] = [];
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i]!;
    const qp = /^[^:]*;(?:ENCODING=)?QUOTED-PRINTABLE[;:]/i.test(line);
    while (qp && line.endsWith('=') && i + 1 < raw.length) line = line.slice(0, -1) + raw[++i];
    if (!COMPARED.test(line)) continue;
    const head = splitOutsideQuotes(line, ':')[0]!;
    const [name, ...params] = splitOutsideQuotes(head, ';');
    let value = line.slice(head.length + 1);
    const named = params.map((p) => (p.includes('=') ? p : `TYPE=${p}`));
    const charset = named.find((p) => /^CHARSET=/i.test(p))?.slice(8) ?? fileCharset;
    if (qp) {
      const decoded = decodeQuotedPrintable(value, charset);
      if (decoded === null) {
        out.push(null);
        continue;
      }
      value = decoded.replace(/\r\n|\r|\n/g, '\\n');
    }
    const kept = named.filter((p) => !/^(?:CHARSET|ENCODING)=|^TYPE=QUOTED-PRINTABLE$/i.test(p));
    if (/^VERSION$/i.test(name!) && value.trim() === '2.1') value = '3.0';
    out.push([name, ...kept].join(';') + ':' + value);
  }
  return out;
}

// Top-level cards by BEGIN/END depth (nested cards stay inside theirs, as ical.js reads them);
// a card with an unreadable line, or without its END at the end of the file, is broken.
function topLevelCards(lines: (string | null)[]): { lines: string[]; broken: boolean }[] {
  const cards: { lines: string[]; broken: boolean }[] = [];
  let depth = 0;
  for (const line of lines) {
    const marker = line?.trim().toUpperCase();
    if (marker === 'BEGIN:VCARD' && depth++ === 0) cards.push({ lines: [], broken: false });
    const card = cards[cards.length - 1];
    if (depth === 0 || !card) continue;
    if (line === null) card.broken = true;
    else card.lines.push(marker === 'BEGIN:VCARD' || marker === 'END:VCARD' ? line.trim() : line);
    if (marker === 'END:VCARD') depth--;
  }
  if (depth > 0) cards[cards.length - 1]!.broken = true;
  return cards;
}

// Splits at `separator` outside double quotes (`N;SORT-AS="あんどう;ろいど":…`).
function splitOutsideQuotes(text: string, separator: string): string[] {
  const out = [''];
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    if (c === separator && !quoted) out.push('');
    else out[out.length - 1] += c;
  }
  return out;
}

function decodeQuotedPrintable(value: string, charset: string): string | null {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== '=') {
      bytes.push(...new TextEncoder().encode(value[i]));
      continue;
    }
    const hex = value.slice(i + 1, i + 3);
    if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return null;
    bytes.push(parseInt(hex, 16));
    i += 2;
  }
  return new TextDecoder(charset).decode(Uint8Array.from(bytes));
}
