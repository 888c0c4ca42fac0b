import type { Contact } from '../../domain/types';
import { createAutosave, type SaveState } from '../../ui/autosave';
import { contactById, saveContact } from './contacts-store';

/**
 * Autosave for one contact's edits: changes are merged and written onto the latest stored
 * version shortly after, or at once with `now`, and always before the component goes away.
 */
export function createContactAutosave(id: string): { change: (changes: Partial<Contact>, now?: boolean) => void; flush: () => Promise<void>; state: () => SaveState } {
  const autosave = createAutosave<Partial<Contact>>(
    async (changes) => {
      const latest = contactById(id);
      if (latest) await saveContact({ ...latest, ...changes });
    },
    400,
    (a, b) => ({ ...a, ...b }),
  );
  return {
    change: (changes, now = false) => {
      autosave.schedule(changes);
      if (now) void autosave.flush();
    },
    flush: autosave.flush,
    state: autosave.state,
  };
}
