import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ByteLength, base64ToBytes, bytesToBase64, cleanPaperText, hasPaperCard, isKeepablePhoto, keptPaperCard, photoTypeOf } from '../../../../src/domain/contacts/card-photos';
import { PHOTO_BYTES_CAP, RECOGNISED_TEXT_CAP } from '../../../../src/domain/caps';
import { samplePhotoBytes } from '../backup/backup-sample';

describe('a photo’s bytes in a backup line', () => {
  it('round-trips any bytes through base64, as Node writes it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const text = bytesToBase64(bytes.slice().buffer);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ByteLength(text)).toBe(bytes.length);
        expect(new Uint8Array(base64ToBytes(text)!)).toEqual(bytes);
      }),
    );
  });

  it('writes a photo at the cap in one piece', () => {
    const bytes = new Uint8Array(PHOTO_BYTES_CAP).map((_, i) => i % 251);
    expect(new Uint8Array(base64ToBytes(bytesToBase64(bytes.buffer))!)).toEqual(bytes);
  });

  it('reads only standard, padded base64', () => {
    for (const text of ['QUJD\n', 'QUJ', 'QU JD', 'QUI=QUJD', '_-8A', 'QUJD====', 'Q===']) expect(base64ToBytes(text), text).toBeNull();
    expect(new Uint8Array(base64ToBytes('')!)).toEqual(new Uint8Array());
  });
});

describe('what a kept photo may be', () => {
  it('knows JPEG and WebP by their first bytes, and nothing else', () => {
    expect(photoTypeOf(new Uint8Array(samplePhotoBytes('image/jpeg')))).toBe('image/jpeg');
    expect(photoTypeOf(new Uint8Array(samplePhotoBytes('image/webp')))).toBe('image/webp');
    expect(photoTypeOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeNull();
    expect(photoTypeOf(new TextEncoder().encode('RIFF....WAVEfmt '))).toBeNull();
    expect(photoTypeOf(new Uint8Array())).toBeNull();
  });

  it('is within the cap and really of the format it names', () => {
    expect(isKeepablePhoto('image/jpeg', samplePhotoBytes('image/jpeg'))).toBe(true);
    expect(isKeepablePhoto('image/webp', samplePhotoBytes('image/jpeg'))).toBe(false);
    expect(isKeepablePhoto('image/png', samplePhotoBytes('image/jpeg'))).toBe(false);
    const big = new Uint8Array(PHOTO_BYTES_CAP + 1);
    big.set([0xff, 0xd8, 0xff]);
    expect(isKeepablePhoto('image/jpeg', big.buffer)).toBe(false);
    expect(isKeepablePhoto('image/jpeg', big.slice(0, PHOTO_BYTES_CAP).buffer)).toBe(true);
  });
});

describe('the paper card a contact keeps', () => {
  const none = { photoIds: [], paperText: '' };
  const front = { photoIds: ['f'], paperText: 'front text' };
  const other = { photoIds: ['o'], paperText: 'other text' };

  it('is the one it has, else the incoming one', () => {
    expect(keptPaperCard(front, other)).toEqual(front);
    expect(keptPaperCard(none, other)).toEqual(other);
    expect(keptPaperCard(none, none)).toEqual(none);
    // Text without a photo (nothing kept but the words) counts as a paper card too.
    expect(hasPaperCard({ photoIds: [], paperText: 'x' })).toBe(true);
    expect(hasPaperCard(none)).toBe(false);
  });

  it('keeps its recognised text cleaned like notes and within the cap', () => {
    expect(cleanPaperText(' 山田 太郎\r\nTEL\u0007 03\u202e-1234 \n')).toBe('山田 太郎\nTEL 03-1234');
    expect(cleanPaperText('x'.repeat(RECOGNISED_TEXT_CAP + 10))).toHaveLength(RECOGNISED_TEXT_CAP);
  });
});
