import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidEmail } from '../../../../src/domain/card/email';
import { READ_CAPS } from '../../../../src/domain/caps';
import { readContactText } from '../../../../src/domain/readers/read-contact-text';
import type { ParsedCard, ReadResult } from '../../../../src/domain/readers/finish-card';
import { parseVCardFile } from '../../../../src/domain/readers/vcard-file';

// Heavy on a loaded 2-core machine: an explicit budget instead of the 5 s default.
const HEAVY = { timeout: 60_000 };

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const NOTE_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

// Whatever the input, a card that comes back is clean.
function checkCard(value: ParsedCard): void {
  const { card, extraEmails, note } = value;
  for (const field of ['name', 'reading', 'org', 'title', 'email', 'website'] as const) {
    expect(card[field].length).toBeLessThanOrEqual(READ_CAPS[field]);
    expect(card[field]).not.toMatch(CONTROL);
    expect(card[field]).toBe(card[field].normalize('NFC'));
    expect(card[field]).toBe(card[field].trim());
    expect(card[field]).not.toMatch(/\s\s/);
  }
  expect(card.tagline).toBe('');
  expect(card.name || card.email).not.toBe('');
  for (const email of [card.email, ...extraEmails].filter(Boolean)) expect(isValidEmail(email)).toBe(true);
  if (card.website) expect(card.website).toMatch(/^https?:\/\//);
  expect(note.length).toBeLessThanOrEqual(READ_CAPS.note);
  expect(note).not.toMatch(NOTE_CONTROL);
}

function check(result: ReadResult): void {
  if (result.ok) checkCard(result.value);
}

const field = fc.string({ unit: 'binary', maxLength: 80 });
const vcardLine = fc.oneof(
  fc.tuple(fc.constantFrom('FN', 'N', 'ORG', 'TITLE', 'EMAIL', 'URL', 'NOTE', 'X-KANA', 'SOUND;X-IRMC-N', 'N;SORT-AS="a,b"', 'EMAIL;PREF=1', 'FN;ENCODING=QUOTED-PRINTABLE;CHARSET=SHIFT_JIS', 'PHOTO;ENCODING=b'), field).map(([k, v]) => `${k}:${v}`),
  field,
);

describe('readers never throw and only return clean cards', () => {
  it('for any text', () => {
    // Any UTF-16 unit, lone surrogates included, as a broken scanner might hand over.
    const anyUnit = fc.nat(0xffff).map((code) => String.fromCharCode(code));
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: anyUnit, maxLength: 400 }));
    fc.assert(fc.property(text, (t) => check(readContactText(t))), { numRuns: 1000 });
  });

  it('for vCard-shaped text', HEAVY, () => {
    const text = fc.tuple(fc.array(vcardLine, { maxLength: 12 }), fc.constantFrom('\r\n', '\n', '\r'), fc.boolean()).map(([lines, eol, end]) => ['BEGIN:VCARD', ...lines, ...(end ? ['END:VCARD'] : [])].join(eol));
    fc.assert(
      fc.property(text, (t) => {
        check(readContactText(t));
        for (const card of parseVCardFile(t).cards) checkCard(card);
      }),
      { numRuns: 500 },
    );
  });

  it('for MECARD- and mailto-shaped text', () => {
    const mecard = fc.array(fc.tuple(fc.constantFrom('N', 'SOUND', 'EMAIL', 'URL', 'ORG', 'NOTE', 'TEL', ''), field), { maxLength: 8 }).map((fields) => `MECARD:${fields.map(([k, v]) => `${k}:${v}`).join(';')};;`);
    const mailto = field.map((v) => `mailto:${v}`);
    fc.assert(fc.property(fc.oneof(mecard, mailto), (t) => check(readContactText(t))), { numRuns: 500 });
  });
});
