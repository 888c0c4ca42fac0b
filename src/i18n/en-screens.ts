// The English messages of every screen but the first (see en.ts).
import { scanEn } from './en/scan';
import { contactsEn } from './en/contacts';
import { eventsEn } from './en/events';
import { dataEn } from './en/data';
import { settingsEn } from './en/settings';
import { mailEn } from './en/mail';
import { paperEn } from './en/paper';
import { receiveEn } from './en/receive';

/** The English messages of every screen but the first. */
export const screensEn = { ...scanEn, ...contactsEn, ...eventsEn, ...dataEn, ...settingsEn, ...mailEn, ...paperEn, ...receiveEn };
