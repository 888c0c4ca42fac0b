import type { Contact } from '../types';
import { emailKey, normaliseEmail } from '../card/email';
import { clampTime, FIELD_CAPS, TAG_MAP_CAP } from '../caps';
import { checkArray, checkEmail, checkId, checkList, checkObject, checkTime, field } from '../backup/check-value';
import { invalid } from '../backup/backup-error';
import { TAG_ALPHABET, TAG_LENGTH, isEventTag, makeTaggedAddress, plusSupport } from './plus-address';

// The tag map: every per-event address the app has put on a shared card. A tag is random and
// says nothing about its event (the receiver sees it); the map, kept on the device and in the
// backup, is what ties it to the event. An address lives as long as the last card that carried
// it, and the mail filters are made from this map, so tags are never deleted: turning the option
// off only stops new ones.

/** One per-event address handed out: `baseEmail` with `+tag`, for which event, until when. */
export interface EventTag {
  tag: string;
  eventId: string;
  /** The card's address the tag was added to (normalised, without a tag). */
  baseEmail: string;
  createdAt: number;
  /** When the last card shown with this address expires (epoch ms). */
  expiresAt: number;
}

/** Every per-event address handed out, one entry per tag. */
export type TagMap = readonly EventTag[];

/** How often `makeEventTag` draws again when a tag is taken before giving up. */
export const TAG_DRAWS = 64;

/** A source of random bytes (in the app, `crypto.getRandomValues`). */
export type RandomBytes = (count: number) => Uint8Array;

/**
 * A new tag not among `taken`, made from random bytes only, so it carries no event text;
 * null only if the source keeps repeating itself (a broken source, or a full map).
 */
export function makeEventTag(randomBytes: RandomBytes, taken: ReadonlySet<string>): string | null {
  for (let draw = 0; draw < TAG_DRAWS; draw++) {
    const bytes = randomBytes(TAG_LENGTH);
    if (bytes.length < TAG_LENGTH) return null;
    // 256 is a multiple of 32, so `byte % 32` picks every character equally often.
    const tag = Array.from(bytes.subarray(0, TAG_LENGTH), (byte) => TAG_ALPHABET[byte % TAG_ALPHABET.length]).join('');
    if (!taken.has(tag)) return tag;
  }
  return null;
}

/** What Show needs to put an address on a card. */
export interface ShowAddressInput {
  /** The My card option "a separate address for each event". */
  enabled: boolean;
  /** The card's own address. */
  email: string;
  /** The event current now, or null. */
  eventId: string | null;
  tags: TagMap;
  /** When the card about to be shown expires. */
  expiresAt: number;
  now: number;
  randomBytes: RandomBytes;
}

/** Whether a card shown now carries a per-event address: the option is on, an event is current, the address can take a tag. */
export function wantsEventAddress(input: Pick<ShowAddressInput, 'enabled' | 'email' | 'eventId'>): boolean {
  return input.enabled && input.eventId !== null && plusSupport(input.email).ok;
}

/** The address a shown card carries, and the tag map as it must be stored afterwards. */
export interface ShowAddress {
  address: string;
  /** The entry used (new or updated), or null when the card carries its plain address. */
  tag: EventTag | null;
  tags: TagMap;
}

/**
 * The address for a card shown now: while the option is on, an event is current and the address
 * can take a tag, the event's tagged address (made on first use, its expiry pushed to this
 * card's); otherwise the plain address and the map unchanged.
 */
export function addressForShow(input: ShowAddressInput): ShowAddress {
  const plain: ShowAddress = { address: normaliseEmail(input.email), tag: null, tags: input.tags };
  if (!wantsEventAddress(input) || input.eventId === null) return plain;
  const key = emailKey(input.email);
  // Both count from the device's clock: held to the app's range like every time it stamps.
  const [now, expiresAt] = [clampTime(input.now), clampTime(input.expiresAt)];
  const index = input.tags.findIndex((entry) => entry.eventId === input.eventId && emailKey(entry.baseEmail) === key);
  let entry: EventTag;
  let tags: EventTag[];
  if (index >= 0) {
    const found = input.tags[index] as EventTag;
    // Showing the card again revives the address until this card expires, never shortens it.
    entry = { ...found, expiresAt: Math.max(found.expiresAt, expiresAt) };
    tags = input.tags.map((other, i) => (i === index ? entry : other));
  } else {
    if (input.tags.length >= TAG_MAP_CAP) return plain;
    const tag = makeEventTag(input.randomBytes, new Set(input.tags.map((other) => other.tag)));
    if (tag === null) return plain;
    entry = { tag, eventId: input.eventId, baseEmail: plain.address, createdAt: now, expiresAt };
    tags = [...input.tags, entry];
  }
  const address = makeTaggedAddress(entry.baseEmail, entry.tag);
  return address === null ? plain : { address, tag: entry, tags };
}

/**
 * One tag known on two devices (a merged backup): the address lives as long as the later of the
 * cards that carried it, and has existed since the earlier one was shown.
 */
export function mergeEventTag(stored: EventTag, incoming: EventTag): EventTag {
  return { ...stored, createdAt: Math.min(stored.createdAt, incoming.createdAt), expiresAt: Math.max(stored.expiresAt, incoming.expiresAt) };
}

/** The tagged address of an entry (`local+tag@domain`), or null for an entry no check let in. */
export function taggedAddressOf(entry: EventTag): string | null {
  return makeTaggedAddress(entry.baseEmail, entry.tag);
}

/**
 * The tags whose address must stay alive after expiry: those of events where the user met
 * someone they have followed up with (marked Done), who may write to that address.
 */
export function keptAliveTags(tags: TagMap, contacts: readonly Pick<Contact, 'meetings' | 'followUpDone'>[]): Set<string> {
  const doneEvents = new Set<string>();
  for (const contact of contacts) {
    if (!contact.followUpDone) continue;
    for (const meeting of contact.meetings) if (meeting.eventId !== null) doneEvents.add(meeting.eventId);
  }
  return new Set(tags.filter((entry) => doneEvents.has(entry.eventId)).map((entry) => entry.tag));
}

/** A backup's tag map, entry by entry, as only this app writes it (tags unique); refuses the backup otherwise. */
export function checkTagMap(value: unknown, path: string): EventTag[] {
  // Counted before any entry is read: a huge list is refused at once.
  if (checkArray(value, path).length > TAG_MAP_CAP) invalid(path, 'too long');
  const entries = checkList(value, path, checkEventTag);
  // Tags are the key: two entries with one tag would overwrite each other on restore. One event
  // may have two tags for the same address, though: merging the backups of two phones that both
  // showed the card at that event gives exactly that, and both addresses were handed out.
  const tags = new Set<string>();
  for (const [i, entry] of entries.entries()) {
    if (tags.has(entry.tag)) invalid(`${path}[${i}].tag`, 'duplicate value');
    tags.add(entry.tag);
  }
  return entries;
}

/** One entry of the tag map from a backup, field by field. */
export function checkEventTag(value: unknown, path: string): EventTag {
  const record = checkObject(value, path);
  const at = (key: string) => `${path}.${key}`;
  const tag = field(record, 'tag');
  if (typeof tag !== 'string' || !isEventTag(tag)) invalid(at('tag'), tag === undefined ? 'missing' : 'unknown value');
  const baseEmail = checkEmail(field(record, 'baseEmail'), at('baseEmail'), FIELD_CAPS.email);
  // Only an address that could carry the tag was ever given one.
  if (!baseEmail || makeTaggedAddress(baseEmail, tag) === null) invalid(at('baseEmail'), 'invalid email');
  return {
    tag,
    eventId: checkId(field(record, 'eventId'), at('eventId')),
    baseEmail,
    createdAt: checkTime(field(record, 'createdAt'), at('createdAt')),
    expiresAt: checkTime(field(record, 'expiresAt'), at('expiresAt')),
  };
}
