// The paper-card form's values checked the way the card editor checks a contact's card: the
// same cleaning, validators and caps; the email may be empty (some cards have none).
import { validateCard, type FieldError } from '../card/card-validation';
import { capLength, cleanMultiline } from '../card/clean-text';
import { NOTE_CAP } from '../caps';
import type { CardFields } from '../types';
import type { PaperCardFields } from './guess-fields';

/** The longest recognised text kept with a contact (a card holds a few hundred characters). */
export const RECOGNISED_TEXT_CAP = 4000;

/** The checked form: clean values, and the problems found, field by field. */
export interface PaperCardCheck {
  card: CardFields;
  notes: string;
  errors: Partial<Record<keyof PaperCardFields | 'notes', FieldError>>;
  ok: boolean;
}

/** Cleans and checks the form's fields and notes; nothing is silently cut. */
export function checkPaperCard(fields: PaperCardFields, notes: string): PaperCardCheck {
  const result = validateCard({ ...fields, tagline: '' });
  const { email, ...others } = result.errors;
  const errors: PaperCardCheck['errors'] = { ...others, ...(email && email.code !== 'required' ? { email } : {}) };
  const cleanNotes = cleanMultiline(notes);
  if (cleanNotes.length > NOTE_CAP) errors.notes = { code: 'too-long', max: NOTE_CAP };
  return { card: result.value, notes: cleanNotes, errors, ok: Object.keys(errors).length === 0 };
}

/** The whole recognised text kept with the contact: the lines, front then back, one per line, capped. */
export function recognisedText(lines: readonly string[]): string {
  return capLength(lines.join('\n'), RECOGNISED_TEXT_CAP);
}
