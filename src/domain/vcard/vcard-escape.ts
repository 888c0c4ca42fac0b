// RFC 6350 §3.4 (and RFC 2426 §5 for 3.0): in a text value, backslash, comma and semicolon
// are escaped and a line break becomes "\n". Nothing else may break the line: a raw CR or LF
// would end the property and let a value inject another ("\nEMAIL:evil@x"). A semicolon is
// escaped in every value, not only in N and ORG: 3.0 requires it, 4.0 allows it, and Apple's
// Contacts has rejected cards with a bare ";" in a folded NOTE (owncloud-archive/apps#673).

// C0 controls other than CR/LF (which become "\n"), DEL, and C1 controls (NEL among them).
const CONTROLS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const SPECIALS = /[\\,;]|\r\n|\r|\n/g;
// Most values need no escaping; one test is cheaper than two replaces.
const NEEDS_WORK = /[\u0000-\u001f\u007f-\u009f\\,;]/;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', ',': '\\,', ';': '\\;' };

/**
 * Escapes a vCard text value or one component of a structured value (N, ORG): the same
 * escapes make a comma or semicolon literal in both, so one function serves both.
 */
export function escapeVCardValue(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  return value.replace(CONTROLS, '').replace(SPECIALS, (match) => ESCAPES[match] ?? '\\n');
}

/**
 * Quotes a parameter value, RFC 6868 caret-encoded, so it may hold ":", ";" or ",".
 * A line break becomes "^n"; other controls are dropped.
 */
export function quoteVCardParam(value: string): string {
  const encoded = value
    .replace(CONTROLS, '')
    .replace(/\^/g, '^^')
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(/"/g, "^'");
  return `"${encoded}"`;
}
