import { cleanAddress, cleanLine, cleanMultiline } from '../card/clean-text';
import { isValidEmail } from '../card/email';
import { safeWebsite } from '../card/website';
import { ID_CAP, isSaneTime } from '../caps';
import { invalid, type InvalidReason } from './backup-error';

// Field checks for parsed JSON: each returns the typed value or refuses the backup at `path`.
// parse-backup.ts builds its record checks from these, and settings.ts its per-key checks.

/** A JSON object (not null, not an array). */
export function checkObject(value: unknown, path: string): Record<string, unknown> {
  if (value === undefined) invalid(path, 'missing');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) invalid(path, 'expected object');
  return value as Record<string, unknown>;
}

/** An own property only: a parsed `{}` must not yield `toString` and the like. */
export function field(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A JSON array. */
export function checkArray(value: unknown, path: string): unknown[] {
  if (value === undefined) invalid(path, 'missing');
  if (!Array.isArray(value)) invalid(path, 'expected array');
  return value;
}

/** A string of at most `max` UTF-16 units. */
export function checkString(value: unknown, path: string, max: number): string {
  if (value === undefined) invalid(path, 'missing');
  if (typeof value !== 'string') invalid(path, 'expected string');
  if (value.length > max) invalid(path, 'too long');
  return value;
}

// Text from a file is cleaned as typed text is (controls, bidi overrides, invisible
// characters), then held to the same cap; a value far over the cap is refused before cleaning.
function cleaned(value: unknown, path: string, max: number, clean: (text: string) => string): string {
  const raw = checkString(value, path, max * 8 + 1000);
  const text = clean(raw);
  if (text.length > max) invalid(path, 'too long');
  return text;
}

/** One line of text, cleaned like everything typed or scanned, of at most `max` units after cleaning. */
export function checkLine(value: unknown, path: string, max: number): string {
  return cleaned(value, path, max, cleanLine);
}

/** Multi-line text (notes), cleaned like typed notes, of at most `max` units after cleaning. */
export function checkMultiline(value: unknown, path: string, max: number): string {
  return cleaned(value, path, max, cleanMultiline);
}

/** A boolean. */
export function checkBoolean(value: unknown, path: string): boolean {
  if (value === undefined) invalid(path, 'missing');
  if (typeof value !== 'boolean') invalid(path, 'expected boolean');
  return value;
}

/** A moment in epoch ms the app can store and show (1970 to 2200). */
export function checkTime(value: unknown, path: string): number {
  if (value === undefined) invalid(path, 'missing');
  if (typeof value !== 'number' || !Number.isFinite(value)) invalid(path, 'expected number');
  if (!isSaneTime(value)) invalid(path, 'time out of range');
  return value;
}

/** A moment in epoch ms, or null. */
export function checkTimeOrNull(value: unknown, path: string): number | null {
  return value === null ? null : checkTime(value, path);
}

/** An integer ≥ 0. */
export function checkCount(value: unknown, path: string): number {
  if (value === undefined) invalid(path, 'missing');
  if (!Number.isSafeInteger(value) || (value as number) < 0) invalid(path, 'expected non-negative integer');
  return value as number;
}

/** A record id: a non-empty string of at most ID_CAP characters. */
export function checkId(value: unknown, path: string): string {
  const id = checkString(value, path, ID_CAP);
  if (!id) invalid(path, 'empty');
  return id;
}

/** An id or null. */
export function checkIdOrNull(value: unknown, path: string): string | null {
  return value === null ? null : checkId(value, path);
}

/** An email address, or '' for none. */
export function checkEmail(value: unknown, path: string, max: number): string {
  const email = cleaned(value, path, max, cleanAddress);
  if (email && !isValidEmail(email)) invalid(path, 'invalid email');
  return email;
}

/** A website that `safeWebsite` accepts (never `javascript:` and the like), or '' for none. */
export function checkWebsite(value: unknown, path: string, max: number): string {
  const website = checkLine(value, path, max);
  if (website && !safeWebsite(website)) invalid(path, 'unsafe website');
  return website;
}

/** One of a fixed set of strings. */
export function checkMember<T extends string>(value: unknown, allowed: readonly T[], path: string, reason: InvalidReason): T {
  if (value === undefined) invalid(path, 'missing');
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) invalid(path, reason);
  return value as T;
}

/** A list of distinct members of a fixed set (flags, signs). */
export function checkMemberList<T extends string>(value: unknown, allowed: readonly T[], path: string, reason: InvalidReason): T[] {
  const out: T[] = [];
  for (const [i, item] of checkArray(value, path).entries()) {
    const member = checkMember(item, allowed, `${path}[${i}]`, reason);
    if (out.includes(member)) invalid(`${path}[${i}]`, 'duplicate value');
    out.push(member);
  }
  return out;
}

/** A list of at most `max` items (unbounded by default), checked item by item. */
export function checkList<T>(value: unknown, path: string, checkItem: (item: unknown, path: string) => T, max = Infinity): T[] {
  const list = checkArray(value, path);
  if (list.length > max) invalid(path, 'too long');
  return list.map((item, i) => checkItem(item, `${path}[${i}]`));
}
