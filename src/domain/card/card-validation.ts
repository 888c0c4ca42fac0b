import type { CardFields } from '../types';
import { cleanAddress, cleanLine } from './clean-text';
import { isValidEmail, normaliseEmail } from './email';
import { FIELD_CAPS, LABEL_CAP } from '../caps';
import { hasWebScheme, safeWebsite } from './website';

/** Why a field was refused; the UI turns it into a translated message. */
export type FieldError = { code: 'required' } | { code: 'too-long'; max: number } | { code: 'email' } | { code: 'website' };

/** The cleaned card and the problems found, field by field. */
export interface CardValidation {
  value: CardFields;
  errors: Partial<Record<keyof CardFields, FieldError>>;
  ok: boolean;
}

const FIELDS: (keyof CardFields)[] = ['name', 'reading', 'org', 'title', 'email', 'website', 'tagline'];

/** Cleans a card (NFC, trimmed, one line each) and checks it; nothing is silently cut. */
export function validateCard(input: CardFields): CardValidation {
  const value = {} as CardFields;
  const errors: CardValidation['errors'] = {};
  for (const field of FIELDS) {
    value[field] = field === 'email' ? normaliseEmail(cleanAddress(input[field] ?? '')) : cleanLine(input[field] ?? '');
    if (value[field].length > FIELD_CAPS[field]) errors[field] = { code: 'too-long', max: FIELD_CAPS[field] };
  }
  if (!value.email) errors.email = { code: 'required' };
  else if (!errors.email && !isValidEmail(value.email)) errors.email = { code: 'email' };
  if (value.website && !errors.website && (!hasWebScheme(value.website) || !safeWebsite(value.website))) {
    errors.website = { code: 'website' };
  }
  return { value, errors, ok: Object.keys(errors).length === 0 };
}

/** Cleans and checks the label of one of the user's cards. */
export function validateLabel(input: string): { value: string; error?: FieldError } {
  const value = cleanLine(input);
  if (value.length > LABEL_CAP) return { value, error: { code: 'too-long', max: LABEL_CAP } };
  return { value };
}
