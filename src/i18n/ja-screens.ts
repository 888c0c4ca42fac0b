import type { DictionaryParts } from './en';
import { scanJa } from './ja/scan';
import { contactsJa } from './ja/contacts';
import { eventsJa } from './ja/events';
import { dataJa } from './ja/data';
import { settingsJa } from './ja/settings';
import { mailJa } from './ja/mail';
import { paperJa } from './ja/paper';
import { receiveJa } from './ja/receive';

/** The Japanese messages of every screen but the first. */
export const screensJa: DictionaryParts['screens'] = { ...scanJa, ...contactsJa, ...eventsJa, ...dataJa, ...settingsJa, ...mailJa, ...paperJa, ...receiveJa };
