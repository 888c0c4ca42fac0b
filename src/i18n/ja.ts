import type { Dictionary } from './en';
import { shellJa } from './ja/shell';
import { cardJa } from './ja/card';
import { scanJa } from './ja/scan';
import { contactsJa } from './ja/contacts';
import { eventsJa } from './ja/events';
import { dataJa } from './ja/data';
import { settingsJa } from './ja/settings';
import { paperJa } from './ja/paper';

/** Japanese dictionary. */
export const ja: Dictionary = { ...shellJa, ...cardJa, ...scanJa, ...contactsJa, ...eventsJa, ...dataJa, ...settingsJa, ...paperJa };
