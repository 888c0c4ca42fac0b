import type { Contact } from '../../domain/types';
import { combinePatches, makeContactPatch, type ContactEditable, type ContactPatch } from '../../domain/contacts/contact-patch';
import { createAutosave, type SaveState } from '../../ui/autosave';
import { contactById, editContact } from './contacts-store';

/** A change a person makes on a contact's page or in the review. */
export type ContactChange = Partial<ContactEditable & Pick<Contact, 'tags' | 'flags'>>;

/**
 * Autosave for one contact's edits. Each change becomes a field-level patch against the contact
 * as this tab shows it, so writing it on top of the stored record keeps what another tab changed
 * meanwhile. Written shortly after, or at once with `now`, and always before the page goes away.
 */
export function createContactAutosave(id: string, onDeleted?: () => void): { change: (changes: ContactChange, now?: boolean, shownBefore?: ContactChange) => void; flush: () => Promise<void>; state: () => SaveState } {
  // The contact as this person sees it: the stored one plus their changes not yet stored. Each
  // patch is made against it, so quick edits of one list (typing tags) combine correctly.
  let view: Contact | null = null;
  let unwritten = 0;
  const autosave = createAutosave<ContactPatch>(
    async (patch) => {
      unwritten = 0;
      const stillThere = await editContact(id, patch);
      // Nothing typed meanwhile: the store holds the truth again (with other tabs' changes).
      if (unwritten === 0) view = null;
      if (!stillThere) onDeleted?.();
    },
    400,
    combinePatches,
  );
  return {
    // `shownBefore`: what the field showed before this edit, when it is not what the store holds
    // (a text field that is not refreshed while typed in): the edit is then exactly the change
    // from it, and what another tab added meanwhile is not taken away.
    change: (changes, now = false, shownBefore) => {
      const shown = view ?? contactById(id);
      if (!shown) return;
      autosave.schedule(makeContactPatch({ ...shown, ...shownBefore }, changes));
      view = { ...shown, ...changes };
      unwritten++;
      if (now) void autosave.flush();
    },
    flush: autosave.flush,
    state: autosave.state,
  };
}
