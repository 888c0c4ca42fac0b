import type { MeishiEvent } from '../types';
import { cleanLine, cleanMultiline } from '../card/clean-text';
import { EVENT_TEXT_CAP, isSaneDate, NOTE_CAP } from '../caps';
import { hasWebScheme, safeWebsite } from '../card/website';
import type { FieldError } from '../card/card-validation';

/** The editable details of an event. */
export type EventDetails = Pick<MeishiEvent, 'name' | 'date' | 'place' | 'organizer' | 'organizerUrl' | 'notes'>;

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
  // A date input takes any year from 0001 to 275760: only the app's range of times is kept.
  if (!isSaneDate(value.date)) errors.date = { code: 'required' };
  if (value.organizerUrl && (!hasWebScheme(value.organizerUrl) || !safeWebsite(value.organizerUrl))) errors.organizerUrl = { code: 'website' };
  if (value.notes.length > NOTE_CAP) errors.notes = { code: 'too-long', max: NOTE_CAP };
  return { value, errors, ok: Object.keys(errors).length === 0 };
}
