import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { orientedSize, readExifOrientation, readImageHeader } from '../../../../src/domain/paper-card/image-header';

const bytes = (path: string) => new Uint8Array(readFileSync(new URL(`../../../../${path}`, import.meta.url)));

describe('readImageHeader', () => {
  it('reads a JPEG photo’s size', () => {
    expect(readImageHeader(bytes('tests/fixtures/paper-cards/photos/01-ja-left-gothic.jpg'))).toEqual({ kind: 'jpeg', width: 1280, height: 960, orientation: 1 });
  });

  it('reads the EXIF orientation of a photo stored sideways, and the size it is seen at', () => {
    const header = readImageHeader(bytes('tests/fixtures/paper-cards/photos/07-ja-logo-mincho-exif.jpg'))!;
    expect(header).toEqual({ kind: 'jpeg', width: 960, height: 1280, orientation: 6 });
    expect(orientedSize(header)).toEqual({ width: 1280, height: 960 });
  });

  it('reads PNG, GIF, WebP and BMP sizes', () => {
    expect(readImageHeader(bytes('public/icon-192.png'))).toEqual({ kind: 'png', width: 192, height: 192, orientation: 1 });
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x40, 0x01, 0xf0, 0x00, 0, 0]);
    expect(readImageHeader(gif)).toMatchObject({ kind: 'gif', width: 320, height: 240 });
    // VP8L: 14-bit width-1 and height-1 after the signature byte 0x2f.
    const webp = new Uint8Array(30);
    webp.set([...'RIFF'].map((c) => c.charCodeAt(0)), 0);
    webp.set([...'WEBPVP8L'].map((c) => c.charCodeAt(0)), 8);
    const bits = (100 - 1) | ((50 - 1) << 14);
    new DataView(webp.buffer).setUint32(21, bits, true);
    expect(readImageHeader(webp)).toMatchObject({ kind: 'webp', width: 100, height: 50 });
    const bmp = new Uint8Array(30);
    bmp.set([0x42, 0x4d]);
    new DataView(bmp.buffer).setInt32(18, 640, true);
    new DataView(bmp.buffer).setInt32(22, -480, true); // top-down rows
    expect(readImageHeader(bmp)).toMatchObject({ kind: 'bmp', width: 640, height: 480 });
  });

  it('knows HEIC by its brand, without a size', () => {
    const heic = new Uint8Array([0, 0, 0, 24, ...[...'ftypheic'].map((c) => c.charCodeAt(0)), 0, 0, 0, 0]);
    expect(readImageHeader(heic)).toEqual({ kind: 'heic', width: 0, height: 0, orientation: 1 });
  });

  it('says null for what is not an image', () => {
    expect(readImageHeader(new TextEncoder().encode('BEGIN:VCARD\r\nVERSION:3.0\r\n'))).toBeNull();
    expect(readImageHeader(new Uint8Array([0xff, 0xd8]))).toBeNull();
    expect(readImageHeader(new Uint8Array(0))).toBeNull();
  });

  it('survives a truncated or corrupt JPEG', () => {
    const jpeg = bytes('tests/fixtures/paper-cards/photos/07-ja-logo-mincho-exif.jpg');
    for (const length of [12, 20, 40, 100]) expect(readImageHeader(jpeg.slice(0, length))?.kind).toBe('jpeg');
    const corrupt = jpeg.slice(0, 4000);
    corrupt[5] = 0xff; // an impossible segment length
    expect(readImageHeader(corrupt)?.kind).toBe('jpeg');
  });
});

describe('readExifOrientation', () => {
  it('reads little- and big-endian TIFF, and falls back to upright', () => {
    const little = new Uint8Array([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0]);
    expect(readExifOrientation(little)).toBe(8);
    const big = new Uint8Array([0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 3, 0, 0, 0, 0, 0, 0]);
    expect(readExifOrientation(big)).toBe(3);
    expect(readExifOrientation(new Uint8Array([0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 42]))).toBe(1);
    expect(readExifOrientation(new Uint8Array(4))).toBe(1);
  });
});
