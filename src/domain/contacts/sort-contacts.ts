// The contact list is in name order the way a Japanese phone book is: by reading (gojūon)
// when there is one, since kanji order says nothing about how a name is pronounced.

import { normalizeForSearch } from '../search/normalize-search';
import type { Contact } from '../types';

// One collator for every comparison: creating one per call is the slow part of sorting.
const collator = new Intl.Collator('ja', { numeric: true });

/** The key a contact sorts by: its reading in hiragana if it has one, else its name, else its email. */
export function nameSortKey(contact: Contact): string {
  const reading = normalizeForSearch(contact.card.reading);
  if (reading) return reading;
  // NFKC so half-width ｶﾀｶﾅ and full-width ＡＢＣ sort with their ordinary forms.
  const name = contact.card.name.normalize('NFKC').trim();
  return name || contact.card.email.normalize('NFKC').trim();
}

/** Name order (Japanese collation of `nameSortKey`), then oldest first, then id; nameless contacts go last. */
export function compareByName(a: Contact, b: Contact): number {
  const keyA = nameSortKey(a);
  const keyB = nameSortKey(b);
  if (!keyA !== !keyB) return keyA ? -1 : 1;
  return collator.compare(keyA, keyB) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Sorts contacts into name order like `compareByName`, computing each sort key once rather
 * than twice per comparison: for 10,000 contacts that is the difference between a smooth
 * list and a visible pause.
 */
export function sortByName(contacts: readonly Contact[]): Contact[] {
  const keyed = contacts.map((contact) => ({ contact, key: nameSortKey(contact) }));
  keyed.sort((a, b) => {
    if (!a.key !== !b.key) return a.key ? -1 : 1;
    return (
      collator.compare(a.key, b.key) ||
      a.contact.createdAt - b.contact.createdAt ||
      (a.contact.id < b.contact.id ? -1 : a.contact.id > b.contact.id ? 1 : 0)
    );
  });
  return keyed.map((k) => k.contact);
}
