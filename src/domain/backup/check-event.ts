import { GOOD_SIGN_IDS, WARNING_SIGN_IDS, type MeishiEvent, type SignId, type Verdict } from '../types';
import { BACKUP_EVENT_TEXT_CAP, FIELD_CAPS, NOTE_CAP } from '../caps';
import { checkBoolean, checkCount, checkId, checkMember, checkMemberList, checkObject, checkString, checkTime, checkWebsite, field } from './check-value';
import { invalid } from './backup-error';

const SIGN_IDS: readonly SignId[] = [...WARNING_SIGN_IDS, ...GOOD_SIGN_IDS];
const VERDICTS = ['again', 'not-again'] as const satisfies readonly Verdict[];

/** A local calendar date, YYYY-MM-DD, that exists (or '' for none). */
export function checkDate(value: unknown, path: string): string {
  const date = checkString(value, path, 10);
  if (date === '') return date;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) invalid(path, 'expected date');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 2026-02-30 over into March: a date that exists comes back unchanged.
  const parsed = new Date(Date.UTC(year, month - 1, day));
  if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day) invalid(path, 'expected date');
  return date;
}

/** A networking event, field by field. */
export function checkEvent(value: unknown, path: string): MeishiEvent {
  const record = checkObject(value, path);
  const at = (key: string) => `${path}.${key}`;
  const text = (key: string) => checkString(field(record, key), at(key), BACKUP_EVENT_TEXT_CAP);
  const verdict = field(record, 'verdict');
  return {
    id: checkId(field(record, 'id'), at('id')),
    name: text('name'),
    date: checkDate(field(record, 'date'), at('date')),
    place: text('place'),
    organizer: text('organizer'),
    organizerUrl: checkWebsite(field(record, 'organizerUrl'), at('organizerUrl'), FIELD_CAPS.website),
    notes: checkString(field(record, 'notes'), at('notes'), NOTE_CAP),
    signs: checkMemberList(field(record, 'signs'), SIGN_IDS, at('signs'), 'unknown sign'),
    verdict: verdict === null ? null : checkMember(verdict, VERDICTS, at('verdict'), 'unknown verdict'),
    reviewIndex: checkCount(field(record, 'reviewIndex'), at('reviewIndex')),
    reviewDone: checkBoolean(field(record, 'reviewDone'), at('reviewDone')),
    createdAt: checkTime(field(record, 'createdAt'), at('createdAt')),
    updatedAt: checkTime(field(record, 'updatedAt'), at('updatedAt')),
  };
}
