// English messages, one file per part of the app under ./en; ja.ts must have the same shape
// (the type checks it). The two languages are separate chunks: a visit loads only its own.
import { shellEn } from './en/shell';
import { cardEn } from './en/card';
import { scanEn } from './en/scan';
import { contactsEn } from './en/contacts';
import { eventsEn } from './en/events';
import { dataEn } from './en/data';
import { settingsEn } from './en/settings';
import { paperEn } from './en/paper';

/** English dictionary; the shape every other language follows. */
export const en = { ...shellEn, ...cardEn, ...scanEn, ...contactsEn, ...eventsEn, ...dataEn, ...settingsEn, ...paperEn };

/** The type of a dictionary: the shape of the English one. */
export type Dictionary = typeof en;
