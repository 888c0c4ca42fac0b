import fc from 'fast-check';

// Text that cleaning and capping get wrong if anything is done in the wrong order: joiners,
// invisible and control characters, direction overrides, combining marks that compose (or are
// reordered) only once what stands between them is gone, Hangul jamo, characters that NFC makes
// longer, surrogate pairs, and the characters JSON escapes.

/** Pieces of tricky text, each one or a few code points. */
export const TRICKY_PIECES = [
  'a', 'e', 'q', 'A', '山', '𠮷', '👍', '👨\u200d👩', '1', ',', '、', '"', '\\',
  ' ', '  ', '\u3000', '\u00a0', '\t', '\n', '\r\n', '\r', '\u2028',
  '\u200d', '\u200c', '\u200b', '\u2060', '\ufeff', '\u00ad', '\u034f', '\u3164', '\u115f', '\u1160', '\uffa0', '\u2800',
  '\u206a', '\u206f', '\ufe0f', '\ufe00', '\u{e0100}', '\u{e0041}', '\u{e007f}',
  '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f',
  '\u202e', '\u202a', '\u2066', '\u2069', '\u200e', '\u061c',
  '\u0301', '\u0323', '\u0308', '\u0327', '\u20dd', '\u3099', '\u304b', '\u093c', '\u0915', '\u0b47', '\u0b3e', '\u{1d165}',
  '\u1100', '\u1161', '\u11a8', '\uac00', '\u{16d67}',
  '\ufb2a', '\u2126', '\u212b', '\uf900', '\u0340', '\u2000',
  '\ud800', '\udc00',
];

/** Tricky text of up to `maxPieces` pieces. */
export function trickyText(maxPieces = 12): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...TRICKY_PIECES), { maxLength: maxPieces }).map((pieces) => pieces.join(''));
}

/**
 * Tricky text around a cap: plain letters (or characters that NFC makes longer, or JSON
 * escapes) up to near `max`, then tricky pieces, so the cut lands among them.
 */
export function trickyTextAt(max: number): fc.Arbitrary<string> {
  const fill = fc.constantFrom('x', 'あ', '\ufb2a', '"', 'é', '𠮷');
  return fc
    .tuple(fill, fc.integer({ min: Math.max(0, max - 8), max: max + 2 }), trickyText(8), trickyText(3))
    .map(([unit, n, middle, tail]) => capUnits(unit, n) + middle + tail);
}

/** Tricky text anywhere from short to around `max`. */
export function trickyField(max: number): fc.Arbitrary<string> {
  return fc.oneof(trickyText(), trickyTextAt(max), fc.string({ unit: 'binary', maxLength: 20 }));
}

// `unit` repeated to about `n` UTF-16 units.
function capUnits(unit: string, n: number): string {
  return unit.repeat(Math.max(0, Math.floor(n / unit.length)));
}
