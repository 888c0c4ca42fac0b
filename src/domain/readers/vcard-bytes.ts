// A .vcf file's bytes as text. .vcf files are UTF-8 nowadays, but Japanese feature phones
// (and their backups) wrote Shift_JIS, and Outlook 2.1 may write Windows-1252; vCard 2.1 says
// which with a CHARSET parameter on each property, when it says at all.
//
// The rules, in order:
// 1. A UTF-16 byte-order mark decides the whole file.
// 2. Lines folded in the middle of a character are joined first (some writers fold at 75
//    bytes, not characters), so a split character does not make UTF-8 look invalid.
// 3. Valid UTF-8 stays UTF-8. Only where a line's bytes are not UTF-8, or its property says
//    CHARSET=SHIFT_JIS (or another legacy charset), is it read otherwise: as declared, else as
//    its card or the file declares elsewhere, else as Shift_JIS — unless such lines are not
//    Shift_JIS either, as in an old Mac or Outlook export in Latin-1 ("Müller"): Windows-1252.
// Decisions are made line by line (a property's folded lines go with it), so one Shift_JIS
// card in a UTF-8 file, or a Shift_JIS name that happens to be valid UTF-8 ("ﾃｽ" is "ý"),
// read right.

const SHIFT_JIS = /^(?:SHIFT[_-]?JIS|SJIS|X-SJIS|MS_KANJI|CP932|WINDOWS-31J)$/i;
const UNICODE = /^(?:UTF-?8|US-ASCII|ASCII)$/i;
const LF = 0x0a;
const CR = 0x0d;

/** The text of a .vcf file's bytes (see the rules above). */
export function decodeVCardBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const mended = joinSplitCharacters(bytes);
  let text: string | null = null;
  try {
    // The default decoder drops a UTF-8 BOM.
    text = new TextDecoder('utf-8', { fatal: true }).decode(mended);
  } catch {
    // Not UTF-8 throughout: decided line by line below.
  }
  // The common case, decided in one pass: UTF-8 and no property claims another charset.
  if (text !== null && !declaresLegacyCharset(text)) return text;
  return decodeLineByLine(mended);
}

/**
 * The bytes with every fold (a line break, then one space or tab) removed where a non-ASCII
 * byte stands on both sides of it, which is where a fold can split a character. Reading the
 * text unfolds those lines anyway, in the same way, so nothing else changes.
 */
export function joinSplitCharacters(bytes: Uint8Array): Uint8Array {
  const cuts: number[] = [];
  for (let i = 1; i < bytes.length - 2; i++) {
    if (bytes[i] !== LF && bytes[i] !== CR) continue;
    const crlf = bytes[i] === CR && bytes[i + 1] === LF;
    const after = crlf ? i + 2 : i + 1;
    const space = bytes[after];
    if ((space === 0x20 || space === 0x09) && (bytes[i - 1] as number) >= 0x80 && (bytes[after + 1] ?? 0) >= 0x80) {
      cuts.push(i, after + 1);
      i = after;
    } else if (crlf) i++;
  }
  if (cuts.length === 0) return bytes;
  const out = new Uint8Array(bytes.length - cuts.reduce((n, at, k) => (k % 2 ? n + at : n - at), 0));
  let from = 0;
  let to = 0;
  for (let k = 0; k < cuts.length; k += 2) {
    out.set(bytes.subarray(from, cuts[k]), to);
    to += (cuts[k] as number) - from;
    from = cuts[k + 1] as number;
  }
  out.set(bytes.subarray(from), to);
  return out;
}

function declaresLegacyCharset(text: string): boolean {
  for (const match of text.matchAll(/CHARSET="?([\w.:-]+)/gi)) if (!UNICODE.test(match[1] as string)) return true;
  return false;
}

/** The charset a line's property declares, from the line's head (the text before its colon). */
function declaredCharset(bytes: Uint8Array, start: number, end: number): string | null {
  let head = '';
  for (let i = start; i < end && bytes[i] !== 0x3a; i++) head += String.fromCharCode(bytes[i] as number);
  const match = /;\s*CHARSET\s*=\s*"?([\w.:-]+)/i.exec(head);
  return match ? (match[1] as string) : null;
}

/** Calls `visit` for every physical line: its start, its end (before the line break) and where the next one starts. */
function forEachLine(bytes: Uint8Array, visit: (start: number, end: number) => void): void {
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const b = bytes[i];
    if (i < bytes.length && b !== LF && b !== CR) continue;
    visit(start, i);
    if (b === CR && bytes[i + 1] === LF) i++;
    start = i + 1;
  }
}

function isMarker(bytes: Uint8Array, start: number, end: number, word: string): boolean {
  let text = '';
  for (let i = start; i < end && text.length <= word.length + 8; i++) text += String.fromCharCode(bytes[i] as number);
  return text.trim().toUpperCase() === `${word}:VCARD`;
}

// Walks the lines twice: first to learn which legacy charset each card (and the file) declares,
// then to pick each line's charset and decode runs of lines that share one.
function decodeLineByLine(bytes: Uint8Array): string {
  const cardCharsets: (string | null)[] = [];
  let fileCharset: string | null = null;
  let allShiftJis = true;
  const strictShiftJis = new TextDecoder('shift_jis', { fatal: true });
  walkProperties(bytes, (start, end, declared, card) => {
    if (declared && !UNICODE.test(declared) && decoderFor(declared)) {
      if (card >= 0 && !cardCharsets[card]) cardCharsets[card] = declared;
      fileCharset ??= declared;
    } else if (allShiftJis && hasHighByte(bytes, start, end) && !isUtf8(bytes, start, end)) {
      try {
        strictShiftJis.decode(bytes.subarray(start, end));
      } catch {
        allShiftJis = false;
      }
    }
  });
  const fallback = fileCharset ?? (allShiftJis ? 'shift_jis' : 'windows-1252');
  const parts: string[] = [];
  let runStart = 0;
  let runCharset = 'ascii';
  walkProperties(bytes, (start, end, declared, card) => {
    if (!hasHighByte(bytes, start, end)) return;
    let charset: string;
    if (declared && !UNICODE.test(declared) && decoderFor(declared)) charset = declared;
    else if (isUtf8(bytes, start, end)) charset = 'utf-8';
    else charset = (card >= 0 ? cardCharsets[card] : null) ?? fallback;
    if (runCharset === 'ascii') runCharset = charset;
    else if (charset !== runCharset) {
      parts.push(decode(bytes.subarray(runStart, start), runCharset));
      runStart = start;
      runCharset = charset;
    }
  });
  parts.push(decode(bytes.subarray(runStart), runCharset === 'ascii' ? 'utf-8' : runCharset));
  return parts.join('');
}

/**
 * Visits every line with the CHARSET its property declares (continuation lines, folded or after
 * a quoted-printable soft break, go with their property) and the index of the card it is in
 * (-1 outside cards; a nested card counts as a card of its own).
 */
function walkProperties(bytes: Uint8Array, visit: (start: number, end: number, declared: string | null, card: number) => void): void {
  let declared: string | null = null;
  let softBreak = false;
  let cards = 0;
  const open: number[] = [];
  forEachLine(bytes, (start, end) => {
    const first = bytes[start];
    const continues = softBreak || first === 0x20 || first === 0x09;
    if (!continues && start < end) {
      if (isMarker(bytes, start, end, 'BEGIN')) open.push(cards++);
      else if (isMarker(bytes, start, end, 'END')) open.pop();
      declared = declaredCharset(bytes, start, end);
    }
    visit(start, end, declared, open[open.length - 1] ?? -1);
    softBreak = end > start && bytes[end - 1] === 0x3d;
  });
}

function hasHighByte(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((bytes[i] as number) >= 0x80) return true;
  return false;
}

/** Whether bytes[start, end) are well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF). */
export function isUtf8(bytes: Uint8Array, start = 0, end = bytes.length): boolean {
  for (let i = start; i < end; ) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return false;
    if (i + need >= end) return false;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k] as number;
      if (k === 1 ? c < low || c > high : c < 0x80 || c > 0xbf) return false;
    }
    i += need + 1;
  }
  return true;
}

const decoders = new Map<string, TextDecoder | null>();

/** A decoder for a CHARSET label (Shift_JIS under any of its names), or null for a label no browser knows. */
function decoderFor(label: string): TextDecoder | null {
  const key = SHIFT_JIS.test(label) ? 'shift_jis' : label.toLowerCase();
  if (!decoders.has(key)) {
    try {
      decoders.set(key, new TextDecoder(key));
    } catch {
      decoders.set(key, null);
    }
  }
  return decoders.get(key) ?? null;
}

function decode(bytes: Uint8Array, charset: string): string {
  return (decoderFor(charset) ?? (decoderFor('utf-8') as TextDecoder)).decode(bytes);
}
