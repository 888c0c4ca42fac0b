// Caps for fields that have none in the card domain. Generous on purpose: a backup the app
// itself wrote must always restore, so these must stay at or above what any form allows.

/** The longest record id (the app writes UUIDs, 36 characters). */
export const ID_CAP = 100;
/** The longest event name, place or organiser (the event form allows 100). */
export const EVENT_TEXT_CAP = 500;
/** The longest tag on a contact (the tag input has no cap of its own yet, so this is loose). */
export const TAG_CAP = 10_000;
/** The longest follow-up email subject in the template setting. */
export const TEMPLATE_SUBJECT_CAP = 1000;
/** The longest app version string in a backup's header. */
export const APP_VERSION_CAP = 100;
