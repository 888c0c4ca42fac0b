// Field-level changes to a contact. A screen describes what the person changed (not the whole
// contact it happened to have loaded), and storage applies it to the stored record inside one
// transaction: two tabs editing different fields, or adding different tags, both keep their edit.

import { clampTime } from '../caps';
import { cleanNotes, cleanTags } from '../card/clean-text';
import type { CardFields, Contact, FlagId } from '../types';

/** The contact fields a person edits directly; each is replaced as a whole when set. */
export type ContactEditable = Pick<Contact, 'card' | 'nameParts' | 'notes' | 'followUpAt' | 'followUpHasTime' | 'followUpDone'>;

/** One edit: fields to set, and set-like lists (tags, flags) as additions and removals. */
export interface ContactPatch {
  set: Partial<ContactEditable>;
  addTags: string[];
  removeTags: string[];
  addFlags: FlagId[];
  removeFlags: FlagId[];
  /** The person has decided on the later cards received so far (see `cardDifferences`). */
  settleReceived: boolean;
}

/** A patch that changes nothing. */
export function makeEmptyPatch(): ContactPatch {
  return { set: {}, addTags: [], removeTags: [], addFlags: [], removeFlags: [], settleReceived: false };
}

/**
 * The patch that turns `before` into `before` with `changes` applied: only fields that really
 * differ are set, and new tag/flag lists become additions and removals against `before`.
 */
export function makeContactPatch(before: Contact, changes: Partial<ContactEditable & Pick<Contact, 'tags' | 'flags'>>): ContactPatch {
  const patch = makeEmptyPatch();
  const { tags, flags, ...fields } = changes;
  for (const key of Object.keys(fields) as (keyof ContactEditable)[]) {
    const value = fields[key];
    if (value !== undefined && !sameValue(before[key], value)) (patch.set as Record<string, unknown>)[key] = value;
  }
  if (tags) {
    patch.addTags = tags.filter((tag) => !before.tags.includes(tag));
    patch.removeTags = before.tags.filter((tag) => !tags.includes(tag));
  }
  if (flags) {
    patch.addFlags = flags.filter((flag) => !before.flags.includes(flag));
    patch.removeFlags = before.flags.filter((flag) => !flags.includes(flag));
  }
  return patch;
}

/** Whether a patch changes nothing. */
export function isEmptyPatch(patch: ContactPatch): boolean {
  return Object.keys(patch.set).length === 0 && patch.addTags.length + patch.removeTags.length + patch.addFlags.length + patch.removeFlags.length === 0 && !patch.settleReceived;
}

/** Two edits made one after the other, as one (the later wins where both touch a field). */
export function combinePatches(earlier: ContactPatch, later: ContactPatch): ContactPatch {
  return {
    set: { ...earlier.set, ...later.set },
    addTags: [...earlier.addTags.filter((t) => !later.removeTags.includes(t)), ...later.addTags],
    removeTags: [...earlier.removeTags.filter((t) => !later.addTags.includes(t)), ...later.removeTags],
    addFlags: [...earlier.addFlags.filter((f) => !later.removeFlags.includes(f)), ...later.addFlags],
    removeFlags: [...earlier.removeFlags.filter((f) => !later.addFlags.includes(f)), ...later.removeFlags],
    settleReceived: earlier.settleReceived || later.settleReceived,
  };
}

/**
 * Applies a patch to the contact as it is stored now (possibly changed by another tab since the
 * patch was made). Lists keep their stored order. Notes and tags are cleaned and capped here,
 * where every edit passes, so whatever is stored also restores from a backup.
 */
export function applyContactPatch(stored: Contact, patch: ContactPatch, now: number): Contact {
  const tags = cleanTags([...stored.tags.filter((t) => !patch.removeTags.includes(t)), ...patch.addTags]);
  const flags = stored.flags.filter((f) => !patch.removeFlags.includes(f));
  for (const flag of patch.addFlags) if (!flags.includes(flag)) flags.push(flag);
  const card: CardFields = patch.set.card ? { ...patch.set.card } : stored.card;
  const notes = patch.set.notes === undefined ? stored.notes : cleanNotes(patch.set.notes);
  const received = patch.settleReceived ? stored.received.map((v) => ({ ...v, settled: true })) : stored.received;
  // Times from the device's clock (a quick pick counts from it) are held to the app's range.
  const followUp = typeof patch.set.followUpAt === 'number' ? { followUpAt: clampTime(patch.set.followUpAt) } : {};
  return { ...stored, ...patch.set, ...followUp, card, notes, tags, flags, received, updatedAt: clampTime(Math.max(now, stored.updatedAt)) };
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));
}
