// RFC 5545 §3.3.11: in a TEXT value, backslash, semicolon and comma are escaped and a line
// break becomes "\n". A raw CR or LF would end the property and let a value inject another
// ("\nBEGIN:VALARM"), so every line break (CRLF, LF, lone CR) is escaped and other controls dropped.

// C0 controls other than CR/LF (which become "\n"), DEL, and C1 controls.
const CONTROLS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const SPECIALS = /[\\,;]|\r\n|\r|\n/g;
// Most values need no escaping; one test is cheaper than two replaces.
const NEEDS_WORK = /[\u0000-\u001f\u007f-\u009f\\,;]/;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', ',': '\\,', ';': '\\;' };

/** Escapes an iCalendar TEXT value (SUMMARY, DESCRIPTION, UID, X-WR-CALNAME). */
export function escapeIcsText(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  return value.replace(CONTROLS, '').replace(SPECIALS, (match) => ESCAPES[match] ?? '\\n');
}
