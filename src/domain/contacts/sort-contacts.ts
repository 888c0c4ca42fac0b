// The contact list is in name order the way a Japanese phone book is: by reading (gojūon)
// when there is one, since kanji order says nothing about how a name is pronounced.

import { normalizeForSearch } from '../search/normalize-search';
import { readingFromParts } from '../card/person-name';
import type { Contact } from '../types';

// One collator for every comparison: creating one per call is the slow part of sorting.
const collator = new Intl.Collator('ja', { numeric: true });

/**
 * The key a contact sorts by: the reading of its name's parts family first (as phones sort, so
 * René van der Harten, whose card says "Harten", is under H), else its one-line reading, in
 * hiragana; else its name, else its email.
 */
export function nameSortKey(contact: Contact): string {
  const parts = contact.nameParts ? normalizeForSearch(readingFromParts(contact.nameParts, true)) : '';
  if (parts) return parts;
  const reading = normalizeForSearch(contact.card.reading);
  if (reading) return reading;
  // NFKC so half-width ｶﾀｶﾅ and full-width ＡＢＣ sort with their ordinary forms.
  const name = contact.card.name.normalize('NFKC').trim();
  return name || contact.card.email.normalize('NFKC').trim();
}

/** How to find a contact's sort key: computed, or remembered by the caller (see `makeSortKeyCache`). */
export type SortKeyOf = (contact: Contact) => string;

// Name order of two contacts whose keys are known: nameless last, then collation, then oldest
// first, then id, so the order is total and the same every time.
function compareKeyed(a: Contact, keyA: string, b: Contact, keyB: string): number {
  if (!keyA !== !keyB) return keyA ? -1 : 1;
  return collator.compare(keyA, keyB) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Name order (Japanese collation of `nameSortKey`), then oldest first, then id; nameless contacts go last. */
export function compareByName(a: Contact, b: Contact): number {
  return compareKeyed(a, nameSortKey(a), b, nameSortKey(b));
}

/**
 * A sort-key lookup that computes each contact's key once: contacts are immutable (an edit
 * makes a new object), so a key stays right for as long as its contact object lives.
 */
export function makeSortKeyCache(): SortKeyOf {
  const keys = new WeakMap<Contact, string>();
  return (contact) => {
    let key = keys.get(contact);
    if (key === undefined) keys.set(contact, (key = nameSortKey(contact)));
    return key;
  };
}

/**
 * Sorts contacts into name order like `compareByName`, computing each sort key once rather
 * than twice per comparison: for 10,000 contacts that is the difference between a smooth
 * list and a visible pause.
 */
export function sortByName(contacts: readonly Contact[], keyOf: SortKeyOf = nameSortKey): Contact[] {
  const keyed = contacts.map((contact) => ({ contact, key: keyOf(contact) }));
  keyed.sort((a, b) => compareKeyed(a.contact, a.key, b.contact, b.key));
  return keyed.map((k) => k.contact);
}

/**
 * A name-ordered list with some contacts changed and some removed, without sorting it again:
 * the rest keep their places and each changed contact goes where it belongs (a binary search),
 * so saving one note among 10,000 people costs a few comparisons, not a sort. Many changes at
 * once (an import) sort the whole list instead, which is then cheaper.
 */
export function updateNameOrder(sorted: readonly Contact[], changed: readonly Contact[], removedIds: ReadonlySet<string>, keyOf: SortKeyOf = nameSortKey): Contact[] {
  const changedIds = new Set(changed.map((c) => c.id));
  const kept = sorted.filter((c) => !changedIds.has(c.id) && !removedIds.has(c.id));
  if (changed.length > 256 || changed.length * 16 > sorted.length + 16) return sortByName([...kept, ...changed], keyOf);
  for (const contact of changed) {
    const key = keyOf(contact);
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compareKeyed(kept[mid]!, keyOf(kept[mid]!), contact, key) < 0) low = mid + 1;
      else high = mid;
    }
    kept.splice(low, 0, contact);
  }
  return kept;
}
