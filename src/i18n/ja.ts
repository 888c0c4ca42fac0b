import type { BaseDictionary } from './en';
import { shellJa } from './ja/shell';
import { cardJa } from './ja/card';
import { scanJa } from './ja/scan';
import { contactsJa } from './ja/contacts';
import { eventsJa } from './ja/events';
import { dataJa } from './ja/data';
import { settingsJa } from './ja/settings';
import { mailJa } from './ja/mail';

/** Japanese dictionary. */
export const ja: BaseDictionary = { ...shellJa, ...cardJa, ...scanJa, ...contactsJa, ...eventsJa, ...dataJa, ...settingsJa, ...mailJa };
