// A contact's paper card: the photos of it and the text read from it. How they come with a
// received card, which one a merge of two records of the same person keeps, and how a photo's
// bytes are checked and written in a backup (base64).

import { PHOTO_BYTES_CAP, RECOGNISED_TEXT_CAP } from '../caps';
import { capLength, cleanMultiline } from '../card/clean-text';
import type { Contact, PhotoType } from '../types';

/** What of a paper card a contact keeps. */
export type PaperCard = Pick<Contact, 'photoIds' | 'paperText'>;

/** A contact with no paper card. */
export function noPaperCard(): PaperCard {
  return { photoIds: [], paperText: '' };
}

/** Whether the contact already keeps a paper card (its photos or the text read from it). */
export function hasPaperCard(contact: PaperCard): boolean {
  return contact.photoIds.length > 0 || contact.paperText !== '';
}

/**
 * The paper card one person's contact keeps when two records of them meet (a card received
 * again, a backup merged in): what it already has, else the incoming one. Like the card's
 * details, what is known is never replaced by itself.
 */
export function keptPaperCard(existing: PaperCard, incoming: PaperCard): PaperCard {
  const kept = hasPaperCard(existing) ? existing : incoming;
  return { photoIds: [...kept.photoIds], paperText: kept.paperText };
}

/** The recognised text as kept: cleaned like notes, then capped. */
export function cleanPaperText(text: string): string {
  return capLength(cleanMultiline(text), RECOGNISED_TEXT_CAP).trimEnd();
}

/** The format a photo's bytes really are, by their signature (JPEG: FF D8 FF; WebP: RIFF….WEBP), or null. */
export function photoTypeOf(bytes: Uint8Array): PhotoType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/** Whether these bytes can be kept as a card photo of this type: within the cap, and really that format. */
export function isKeepablePhoto(type: string, data: ArrayBuffer): type is PhotoType {
  return data.byteLength > 0 && data.byteLength <= PHOTO_BYTES_CAP && photoTypeOf(new Uint8Array(data)) === type;
}

/** Bytes as standard base64 with padding (a backup's photo lines). */
export function bytesToBase64(data: ArrayBuffer): string {
  const bytes = new Uint8Array(data);
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** How many bytes a base64 text stands for (known before decoding it, so a cap can refuse it first). */
export function base64ByteLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

/** Standard base64 with padding back to bytes; null for anything else (no whitespace, no URL alphabet). */
export function base64ToBytes(text: string): ArrayBuffer | null {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return null;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}
