import { hasInvisible, isAscii } from './clean-text';

// A practical address check: what a mail app would accept, not the full RFC 5322 grammar
// (quoted local parts and IP literals are not worth the risk in scanned data).

const LOCAL = /^[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]+$/u;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
// The same two on ASCII text, where letters and numbers are exactly A–Z, a–z and 0–9. A phone
// takes several milliseconds to compile each Unicode class above, and a stranger's first look
// at a shared card waits for the check; nearly every address is ASCII and never needs them.
const LOCAL_ASCII = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const LABEL_ASCII = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** Whether a (cleaned) string is a usable email address. */
export function isValidEmail(value: string): boolean {
  if (value.length > 254) return false;
  const ascii = isAscii(value);
  // An address that differs from another only by a character nobody can see is a spoof (and
  // none of those is ASCII).
  if (!ascii && hasInvisible(value)) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0 || at !== value.indexOf('@')) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  const [localChars, label] = ascii ? [LOCAL_ASCII, LABEL_ASCII] : [LOCAL, LABEL];
  if (local.length > 64 || !localChars.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((part) => label.test(part))) return false;
  // The top-level domain is never all digits (that would be an IP address).
  return !/^\d+$/.test(labels[labels.length - 1] ?? '');
}

/** The address in its usual form: trimmed, NFC, domain lower-cased (the local part is case-sensitive). */
export function normaliseEmail(value: string): string {
  const trimmed = value.normalize('NFC').trim();
  const at = trimmed.lastIndexOf('@');
  return at < 0 ? trimmed : trimmed.slice(0, at) + '@' + trimmed.slice(at + 1).toLowerCase();
}

/** The key two addresses are compared by (same person): fully lower-cased. */
export function emailKey(value: string): string {
  return normaliseEmail(value).toLowerCase();
}

/** A `mailto:` URL built from a validated address only (null otherwise), with optional subject and body. */
export function makeMailto(address: string, subject?: string, body?: string): string | null {
  if (!isValidEmail(address)) return null;
  const params = new URLSearchParams();
  if (subject) params.set('subject', subject);
  if (body) params.set('body', body);
  // URLSearchParams writes spaces as "+", which mail apps show literally: use %20.
  const query = params.toString().replace(/\+/g, '%20');
  return `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}${query ? `?${query}` : ''}`;
}
