import type { CardFields, MyCard } from '../types';
import { FIELD_CAPS, LABEL_CAP } from '../caps';
import { checkEmail, checkId, checkObject, checkString, checkTime, checkWebsite, field } from './check-value';

/** The seven card fields: capped, a valid email or none, a safe website or none. */
export function checkCardFields(value: unknown, path: string): CardFields {
  const record = checkObject(value, path);
  const text = (key: keyof CardFields) => checkString(field(record, key), `${path}.${key}`, FIELD_CAPS[key]);
  return {
    name: text('name'),
    reading: text('reading'),
    org: text('org'),
    title: text('title'),
    email: checkEmail(field(record, 'email'), `${path}.email`, FIELD_CAPS.email),
    website: checkWebsite(field(record, 'website'), `${path}.website`, FIELD_CAPS.website),
    tagline: text('tagline'),
  };
}

/** One of the user's own cards. */
export function checkMyCard(value: unknown, path: string): MyCard {
  const record = checkObject(value, path);
  const fields = checkCardFields(record, path);
  return {
    id: checkId(field(record, 'id'), `${path}.id`),
    label: checkString(field(record, 'label'), `${path}.label`, LABEL_CAP),
    ...fields,
    createdAt: checkTime(field(record, 'createdAt'), `${path}.createdAt`),
    updatedAt: checkTime(field(record, 'updatedAt'), `${path}.updatedAt`),
  };
}
