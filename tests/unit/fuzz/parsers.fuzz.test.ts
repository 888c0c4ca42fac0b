import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../src/domain/backup/parse-backup';
import { makeBackup } from '../../../src/domain/backup/backup-format';
import { readScan } from '../../../src/domain/scan/read-scan';
import { decodeSharedCard, encodeSharedCard } from '../../../src/domain/share/payload-codec';
import { decodeVCardBytes } from '../../../src/domain/readers/vcard-bytes';
import { parseVCardFile } from '../../../src/domain/readers/vcard-file';
import { makeSampleData } from '../domain/backup/backup-sample';
import { REFERENCE_CARD } from '../../fixtures/reference-card';

// Every parser that reads hostile input, fed generated input. In `npm test` each runs a few
// hundred inputs (seconds); `npm run fuzz` runs 100,000 per parser (FUZZ_RUNS).
const RUNS = Number(process.env.FUZZ_RUNS) || 300;
const BUDGET = { timeout: RUNS > 1000 ? 0 : 60_000 };
const NOW = Date.UTC(2026, 10, 25, 12, 0);

// Text the way each format goes wrong: any code unit (lone surrogates too), and pieces of the
// format's own syntax in any order.
const anyUnit = fc.nat(0xffff).map((code) => String.fromCharCode(code));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: anyUnit, maxLength: 300 }));
const pieces = (syntax: string[]) => fc.array(fc.oneof(fc.constantFrom(...syntax), fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(''));

const vcardSyntax = ['BEGIN:VCARD', 'END:VCARD', '\r\n', '\n', ' ', '\t', ':', ';', ',', '=', '=\r\n', 'VERSION:2.1', 'VERSION:3.0', 'VERSION:4.0', 'FN', 'N', 'EMAIL', 'URL', 'ORG', 'TITLE', 'NOTE', 'X-PHONETIC-LAST-NAME', 'SORT-AS="', 'ENCODING=QUOTED-PRINTABLE', 'CHARSET=SHIFT_JIS', 'CHARSET=UTF-8', 'ENCODING=b', 'TYPE=', 'PREF=1', '\\n', '\\,', '"', 'item1.', 'https://', 'javascript:', '@example.com', '=E5=B1=B1'];
const link = encodeSharedCard('https://meishi.example/', REFERENCE_CARD, NOW, NOW + 3_600_000);
const linkSyntax = ['https://meishi.example/#m1~', '#m', '~', '%', '%7E', '%ZZ', '+', 'm2', '0', 'zz', ...link.split('~')];
const qrSyntax = ['MECARD:', 'N:', 'SOUND:', 'EMAIL:', 'URL:', ';;', ';', ',', '\\', 'mailto:', '?subject=', '&body=', '%0A', ...vcardSyntax.slice(0, 12), link];
const backupLines = makeBackup(makeSampleData(), NOW, 'x').split('\n');

function neverThrows(parse: (input: string) => unknown, input: fc.Arbitrary<string>): void {
  fc.assert(
    fc.property(input, (text) => {
      expect(() => parse(text)).not.toThrow();
    }),
    { numRuns: RUNS },
  );
}

describe('hostile input never throws', () => {
  it('readScan (anything a camera reads)', BUDGET, () => {
    neverThrows((text) => readScan(text, NOW), fc.oneof(anyText, pieces(qrSyntax)));
  });

  it('parseVCardFile and the charset detection (an imported .vcf)', BUDGET, () => {
    neverThrows((text) => parseVCardFile(text), fc.oneof(anyText, pieces(vcardSyntax)));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expect(() => parseVCardFile(decodeVCardBytes(bytes))).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });

  it('decodeSharedCard (a link opened from anywhere)', BUDGET, () => {
    neverThrows((text) => decodeSharedCard(text, NOW), fc.oneof(anyText, pieces(linkSyntax)));
  });

  it('parseBackup (a file chosen to restore)', BUDGET, () => {
    const shuffled = fc.array(fc.oneof(fc.constantFrom(...backupLines), fc.string({ unit: 'binary', maxLength: 40 })), { maxLength: 12 }).map((lines) => lines.join('\n'));
    neverThrows((text) => parseBackup(text), fc.oneof(anyText, shuffled));
  });
});
