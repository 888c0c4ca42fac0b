// Content lines as the vCard (RFC 6350) and iCalendar (RFC 5545) writers both write them:
// TEXT values escaped the same way, parameters quoted the same way (RFC 6868), lines folded
// at 75 octets and joined with CRLF. One module, so the two writers cannot drift apart.

// Escaping (RFC 6350 §3.4, RFC 2426 §5 for vCard 3.0, RFC 5545 §3.3.11): backslash, comma and
// semicolon are escaped and a line break becomes "\n". Nothing else may break the line: a raw
// CR or LF would end the property and let a value inject another ("\nEMAIL:evil@x",
// "\nBEGIN:VALARM"), so every line break (CRLF, LF, lone CR) is escaped and other controls
// dropped. A semicolon is escaped in every value, not only in N and ORG: vCard 3.0 requires
// it, 4.0 allows it, and Apple's Contacts has rejected cards with a bare ";" in a folded NOTE
// (owncloud-archive/apps#673).

// C0 controls other than CR/LF (which become "\n"), DEL, and C1 controls (NEL among them).
const CONTROLS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const SPECIALS = /[\\,;]|\r\n|\r|\n/g;
// Most values need no escaping; one test is cheaper than two replaces.
const NEEDS_WORK = /[\u0000-\u001f\u007f-\u009f\\,;]/;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', ',': '\\,', ';': '\\;' };

/**
 * Escapes a TEXT value: a vCard value or one component of a structured value (N, ORG), or an
 * iCalendar SUMMARY, DESCRIPTION, UID or X-WR-CALNAME. The same escapes serve all of them.
 */
export function escapeText(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  return value.replace(CONTROLS, '').replace(SPECIALS, (match) => ESCAPES[match] ?? '\\n');
}

/**
 * Quotes a parameter value, RFC 6868 caret-encoded, so it may hold ":", ";" or ",".
 * A line break becomes "^n"; other controls are dropped.
 */
export function quoteParam(value: string): string {
  const encoded = value
    .replace(CONTROLS, '')
    .replace(/\^/g, '^^')
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(/"/g, "^'");
  return `"${encoded}"`;
}

// Folding (RFC 6350 §3.2, RFC 5545 §3.1). Lengths are UTF-8 octets, counted from UTF-16
// units: encoding every line with TextEncoder would dominate the time of a 10,000-contact export.

/** The longest content line both RFCs recommend, in octets, excluding the CRLF. */
export const MAX_LINE_OCTETS = 75;

/** UTF-8 length of a string in octets; a lone surrogate counts as U+FFFD (3), as encoders write it. */
export function utf8Length(text: string): number {
  let octets = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) octets += 1;
    else if (unit < 0x800) octets += 2;
    else if (isPairAt(text, i)) {
      octets += 4;
      i++;
    } else octets += 3;
  }
  return octets;
}

/**
 * Folds one content line so no physical line exceeds `limit` octets; a continuation line
 * starts with one space, which counts toward its limit. Never splits a code point.
 * Returns the physical lines joined by CRLF (no final CRLF).
 */
export function foldLine(line: string, limit = MAX_LINE_OCTETS): string {
  // A UTF-16 unit is at most 3 octets, so short lines need no counting at all.
  if (line.length * 3 <= limit) return line;
  // Room for the leading space plus the widest (4-octet) character, or folding cannot progress.
  if (limit < 5) throw new RangeError(`foldLine: limit ${limit} is too small`);
  const parts: string[] = [];
  let start = 0;
  let used = 0;
  for (let i = 0; i < line.length; ) {
    const unit = line.charCodeAt(i);
    const pair = isPairAt(line, i);
    const width = unit < 0x80 ? 1 : unit < 0x800 ? 2 : pair ? 4 : 3;
    if (used + width > limit) {
      parts.push(line.slice(start, i));
      start = i;
      used = 1; // the continuation line's leading space
    }
    used += width;
    i += pair ? 2 : 1;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/** Joins already folded content lines with CRLF and ends with a CRLF, as both formats require; '' for none. */
export function joinCrlf(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\r\n')}\r\n`;
}

/** Whether `i` holds a high surrogate followed by its low surrogate. */
function isPairAt(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  if (high < 0xd800 || high > 0xdbff) return false;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}
