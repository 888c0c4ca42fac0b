import type { CardFields, Contact } from '../../../../src/domain/types';

let counter = 0;

/** A contact for tests: sensible defaults, with card fields and any other field overridable. */
export function makeContact(card: Partial<CardFields> = {}, fields: Partial<Contact> = {}): Contact {
  counter++;
  const full: CardFields = { name: '', reading: '', org: '', title: '', email: '', website: '', tagline: '', ...card };
  return {
    id: `contact-${counter}`,
    card: full,
    original: { ...full },
    extraEmails: [],
    meetings: [],
    notes: '',
    flags: [],
    tags: [],
    followUpAt: null,
    followUpHasTime: false,
    followUpDone: false,
    expiresAt: null,
    expiredAt: null,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...fields,
  };
}
