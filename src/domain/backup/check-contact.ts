import { CARD_SOURCES, FLAG_IDS, type Contact, type Meeting } from '../types';
import { FIELD_CAPS, NOTE_CAP, TAG_CAP } from '../caps';
import { checkCardFields } from './check-card';
import {
  checkBoolean,
  checkEmail,
  checkId,
  checkIdOrNull,
  checkList,
  checkMember,
  checkMemberList,
  checkObject,
  checkString,
  checkTime,
  checkTimeOrNull,
  field,
} from './check-value';
import { invalid } from './backup-error';

/** One meeting: when, at which event (or none), from which kind of card. */
export function checkMeeting(value: unknown, path: string): Meeting {
  const record = checkObject(value, path);
  return {
    at: checkTime(field(record, 'at'), `${path}.at`),
    eventId: checkIdOrNull(field(record, 'eventId'), `${path}.eventId`),
    source: checkMember(field(record, 'source'), CARD_SOURCES, `${path}.source`, 'unknown source'),
  };
}

/** A person the user met, field by field. */
export function checkContact(value: unknown, path: string): Contact {
  const record = checkObject(value, path);
  const at = (key: string) => `${path}.${key}`;
  return {
    id: checkId(field(record, 'id'), at('id')),
    card: checkCardFields(field(record, 'card'), at('card')),
    original: checkCardFields(field(record, 'original'), at('original')),
    extraEmails: checkList(field(record, 'extraEmails'), at('extraEmails'), (item, p) => {
      const email = checkEmail(item, p, FIELD_CAPS.email);
      return email || invalid(p, 'empty');
    }),
    meetings: checkList(field(record, 'meetings'), at('meetings'), checkMeeting),
    notes: checkString(field(record, 'notes'), at('notes'), NOTE_CAP),
    flags: checkMemberList(field(record, 'flags'), FLAG_IDS, at('flags'), 'unknown flag'),
    tags: checkList(field(record, 'tags'), at('tags'), (item, p) => checkString(item, p, TAG_CAP)),
    followUpAt: checkTimeOrNull(field(record, 'followUpAt'), at('followUpAt')),
    followUpHasTime: checkBoolean(field(record, 'followUpHasTime'), at('followUpHasTime')),
    followUpDone: checkBoolean(field(record, 'followUpDone'), at('followUpDone')),
    expiresAt: checkTimeOrNull(field(record, 'expiresAt'), at('expiresAt')),
    expiredAt: checkTimeOrNull(field(record, 'expiredAt'), at('expiredAt')),
    createdAt: checkTime(field(record, 'createdAt'), at('createdAt')),
    updatedAt: checkTime(field(record, 'updatedAt'), at('updatedAt')),
  };
}
