import type { DBSchema } from 'idb';
import type { Contact, ContactPhoto, MeishiEvent, MyCard } from '../domain/types';
import type { EventTag } from '../domain/mail/event-tags';

/** The database's name. */
export const DB_NAME = 'meishi';
/**
 * Where a page keeps the version it last opened a database at (local storage, read
 * synchronously): an up-to-date database is then opened without asking the browser first.
 */
export function versionKey(dbName: string): string {
  return `meishi.db-version.${dbName}`;
}

/** The channel on which a database's tabs announce their changes to each other. */
export function changesChannelName(dbName: string): string {
  return `${dbName}-changes`;
}

/** The schema version this code opens; raise it only together with a new step in `upgrade`. */
export const DB_VERSION = 4;

/**
 * Object store names. Renaming one needs a migration (a new DB_VERSION step that copies the
 * data across): existing users' data lives under these exact names.
 */
export const STORES = {
  cards: 'cards',
  contacts: 'contacts',
  events: 'events',
  settings: 'settings',
  eventTags: 'eventTags',
  photos: 'photos',
} as const;

/** The index each list of a store is read by (its order): the repos and the page's early reads share it. */
export const LISTED_BY = { cards: 'by-created', events: 'by-date' } as const;

/** A contact as stored: the domain object plus the keys its indexes need. */
export interface ContactRecord extends Contact {
  /** Lower-cased email, absent when there is none (so the index skips it). */
  emailKey?: string;
  /** Every event the contact was met at (a multi-entry index). */
  eventIds: string[];
  /** Follow-up time while one is open (absent when done or none). */
  dueAt?: number;
  /** Expiry time while the card's details are still held. */
  pendingExpiryAt?: number;
}

/** A stored setting. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** The typed shape of the whole database. */
export interface MeishiSchema extends DBSchema {
  cards: { key: string; value: MyCard; indexes: { 'by-created': number } };
  contacts: {
    key: string;
    value: ContactRecord;
    indexes: { 'by-email': string; 'by-event': string; 'by-due': number; 'by-expiry': number; 'by-updated': number };
  };
  events: { key: string; value: MeishiEvent; indexes: { 'by-date': string } };
  settings: { key: string; value: SettingRecord };
  /** The per-event addresses handed out, by tag. */
  eventTags: { key: string; value: EventTag; indexes: { 'by-event': string } };
  /** Photos of contacts' paper cards, by id, findable by contact; read only by the contact page and backup. */
  photos: { key: string; value: ContactPhoto; indexes: { 'by-contact': string } };
}
