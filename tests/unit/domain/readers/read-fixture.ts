import { readFileSync } from 'node:fs';

/** The raw bytes of a sample file in tests/fixtures/vcards. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../../fixtures/vcards/${name}`, import.meta.url)));
}

/** A vCard text from lines, joined with CRLF as the format says. */
export function vcard(...lines: string[]): string {
  return ['BEGIN:VCARD', ...lines, 'END:VCARD', ''].join('\r\n');
}
