import { capLength, cleanLine } from '../card/clean-text';
import { taggedAddressOf, type TagMap } from './event-tags';

// What the exported mail filters must do, worked out once for every format: each address handed
// out is labelled with its event's name; an address whose last card has expired, at an event
// where nobody has been followed up, has its mail moved to the "expired" folder. The Gmail file
// and the Sieve script only differ in how they say it.

/** The folder (or label) names the filters file mail into; the UI passes them in its language. */
export interface FolderNames {
  /** An event's folder; `{event}` is replaced by the event's name. */
  eventFolder: string;
  /** The folder mail to an expired address goes to. */
  expiredFolder: string;
  /** The name used for an event that has no name (or was deleted). */
  unnamedEvent: string;
}

/** The folder names in English, as the README describes them. */
export const DEFAULT_FOLDER_NAMES: FolderNames = {
  eventFolder: 'Meishi: {event}',
  expiredFolder: 'Meishi: expired',
  unnamedEvent: 'event',
};

/** Everything the filters are made from. */
export interface FilterInput {
  tags: TagMap;
  /** Event names by event id. */
  eventNames: ReadonlyMap<string, string>;
  /** Tags whose address stays alive after expiry (see `keptAliveTags`). */
  keptAlive: ReadonlySet<string>;
  names: FolderNames;
  now: number;
}

/** What the filters do with mail to one handed-out address. */
export interface FilterRule {
  tag: string;
  /** The tagged address, `local+tag@domain`. */
  address: string;
  /** The event's folder name, safe to use as a folder or label. */
  folder: string;
  /** From when its mail goes to the expired folder; null while it is kept alive. */
  expiresAt: number | null;
  /** Whether it has expired at the time the filters are made. */
  expired: boolean;
}

/** The longest folder name made from an event's name (the event form allows 100 characters). */
export const FOLDER_NAME_CAP = 150;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text with each lone surrogate (which neither XML nor UTF-8 can hold) replaced by U+FFFD. */
export function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, '\ufffd');
}

/**
 * A name usable as a single folder everywhere: one clean line, without the characters that
 * nest folders in Gmail ("/") or on IMAP servers ("/", "." on Fastmail and Maildir++, "\").
 */
export function folderName(value: string): string {
  return wellFormed(capLength(cleanLine(value).replace(/[/\\.]/g, '-'), FOLDER_NAME_CAP));
}

/** One rule per handed-out address, oldest first. */
export function planFilters(input: FilterInput): FilterRule[] {
  const { names } = input;
  const rules: FilterRule[] = [];
  for (const entry of [...input.tags].sort((a, b) => a.createdAt - b.createdAt || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0))) {
    // Never fall back to the plain address: its mail would be filed away with the event's.
    const address = taggedAddressOf(entry);
    if (address === null) continue;
    const eventName = cleanLine(input.eventNames.get(entry.eventId) ?? '') || names.unnamedEvent;
    // A replacer function, so "$&" in an event's name is inserted as written.
    const folder = folderName(names.eventFolder.replace('{event}', () => eventName));
    const expiresAt = input.keptAlive.has(entry.tag) ? null : entry.expiresAt;
    rules.push({ tag: entry.tag, address, folder, expiresAt, expired: expiresAt !== null && input.now >= expiresAt });
  }
  return rules;
}

/** What has changed since the filters were last exported. */
export interface FilterChanges {
  /** Addresses that expired after the last export (all expired ones if never exported): the Gmail file still files their mail as live. */
  expired: number;
  /** Addresses handed out after the last export (all of them if never exported): no filter names them yet. */
  added: number;
}

/** How many addresses expired and how many were handed out since `since` (the last export, or null), as of `now`. */
export function changesSinceExport(tags: TagMap, keptAlive: ReadonlySet<string>, since: number | null, now: number): FilterChanges {
  const after = since ?? -Infinity;
  let expired = 0;
  let added = 0;
  for (const entry of tags) {
    if (!keptAlive.has(entry.tag) && entry.expiresAt <= now && entry.expiresAt > after) expired++;
    if (entry.createdAt > after) added++;
  }
  return { expired, added };
}
