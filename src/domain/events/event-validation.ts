import type { MeishiEvent } from '../types';
import { cleanLine, cleanMultiline } from '../card/clean-text';
import { EVENT_TEXT_CAP, NOTE_CAP } from '../caps';
import { hasWebScheme, safeWebsite } from '../card/website';
import type { FieldError } from '../card/card-validation';

/** The editable details of an event. */
export type EventDetails = Pick<MeishiEvent, 'name' | 'date' | 'place' | 'organizer' | 'organizerUrl' | 'notes'>;

/** Whether a string is a real calendar date in YYYY-MM-DD form. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Cleans and checks an event's details, field by field. */
export function validateEvent(input: EventDetails): { value: EventDetails; errors: Partial<Record<keyof EventDetails, FieldError>>; ok: boolean } {
  const value: EventDetails = {
    name: cleanLine(input.name),
    date: input.date.trim(),
    place: cleanLine(input.place),
    organizer: cleanLine(input.organizer),
    organizerUrl: cleanLine(input.organizerUrl),
    notes: cleanMultiline(input.notes),
  };
  const errors: Partial<Record<keyof EventDetails, FieldError>> = {};
  if (!value.name) errors.name = { code: 'required' };
  for (const key of ['name', 'place', 'organizer'] as const) {
    if (value[key].length > EVENT_TEXT_CAP) errors[key] = { code: 'too-long', max: EVENT_TEXT_CAP };
  }
  if (!isIsoDate(value.date)) errors.date = { code: 'required' };
  if (value.organizerUrl && (!hasWebScheme(value.organizerUrl) || !safeWebsite(value.organizerUrl))) errors.organizerUrl = { code: 'website' };
  if (value.notes.length > NOTE_CAP) errors.notes = { code: 'too-long', max: NOTE_CAP };
  return { value, errors, ok: Object.keys(errors).length === 0 };
}
