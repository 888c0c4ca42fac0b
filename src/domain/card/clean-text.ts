// Text from forms and, above all, from scanned codes is cleaned the same way everywhere.

// C0/C1 controls, and the bidi controls that can make "moc.elpmaxe" look like "example.com".
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_KEEP_NEWLINES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One line of text: NFC, no control or bidi-control characters, whitespace runs collapsed, trimmed. */
export function cleanLine(value: string): string {
  return value.normalize('NFC').replace(CONTROLS, ' ').replace(/\s+/gu, ' ').trim();
}

/** Multi-line text (notes): NFC, CRLF/CR as LF, controls removed, trailing space trimmed. */
export function cleanMultiline(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROLS_KEEP_NEWLINES, '')
    .trim();
}

/** Cuts a string to at most `max` UTF-16 units without splitting a surrogate pair. */
export function capLength(value: string, max: number): string {
  if (value.length <= max) return value;
  let cut = value.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}
