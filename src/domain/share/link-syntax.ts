// The syntax of a shared card's link, without reading one (payload-codec.ts does that): how a
// fragment is recognised as a card, and how card values are escaped in it.

/** Whether a URL fragment (with or without "#") looks like a Meishi card of any version. */
export function isSharedCardFragment(fragment: string): boolean {
  return /^#?m\d{1,4}~/.test(fragment);
}

// Card values travel raw in the link where that is safe (letters of any script stay one
// character in the QR, not nine percent-escapes) and percent-encoded elsewhere.
//
// Kept raw: ASCII letters, digits and the URL-safe marks below, and non-ASCII letters, marks,
// numbers, punctuation and symbols. Encoded: "%", "+", "~" (our delimiter), "#", every
// space, control, format, private-use or unpaired character. A space becomes "+", which is
// why a literal "+" is encoded. Decoding is one `decodeURIComponent` per field, so a link
// that a phone percent-encoded again (iOS does, for non-ASCII) decodes to the same text.

const SAFE_ASCII = /[A-Za-z0-9\-._@:/!$&'()*,;=?]/;
const SAFE_UNICODE = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u;

/** Encodes one card value for the link fragment. */
export function escapeFragmentValue(value: string): string {
  let out = '';
  for (const char of value) {
    if (char === ' ') out += '+';
    else if (char.length === 1 && char.charCodeAt(0) < 0x80) out += SAFE_ASCII.test(char) ? char : percentEncode(char);
    else if (SAFE_UNICODE.test(char) && !isUnpaired(char)) out += char;
    else out += percentEncode(char);
  }
  return out;
}

/** Decodes one value written by `escapeFragmentValue`, raw or re-encoded; null if malformed. */
export function unescapeFragmentValue(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function isUnpaired(char: string): boolean {
  const code = char.charCodeAt(0);
  return char.length === 1 && code >= 0xd800 && code <= 0xdfff;
}

function percentEncode(char: string): string {
  // encodeURIComponent throws on a lone surrogate; it cannot be written, so it becomes U+FFFD.
  try {
    return encodeURIComponent(char).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return '%EF%BF%BD';
  }
}
