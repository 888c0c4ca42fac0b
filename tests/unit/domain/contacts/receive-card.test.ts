import { describe, expect, it } from 'vitest';
import { makeEmptyNameParts } from '../../../../src/domain/card/person-name';
import { receiveCard, type ReceivedCard } from '../../../../src/domain/contacts/receive-card';
import { makeEmptyCard } from '../../../../src/domain/types';

const NOW = Date.UTC(2026, 10, 24);
const ando = { ...makeEmptyNameParts(), family: ['Ando'], given: ['Roid'] };
const received = (name: string, nameParts: ReceivedCard['nameParts']): ReceivedCard => ({
  card: { ...makeEmptyCard(), name, email: 'ando@example.com' },
  extraEmails: [],
  nameParts,
  source: 'vcard',
  eventId: null,
  expiresAt: null,
});

describe('receiveCard: the name’s parts', () => {
  it('keeps the parts a new card gives, and none when it gives none', () => {
    expect(receiveCard(undefined, received('Ando Roid', ando), NOW, () => 'a').nameParts).toEqual(ando);
    expect(receiveCard(undefined, received('Ando Roid', undefined), NOW, () => 'a').nameParts).toBeNull();
  });

  it('keeps the known parts when the same person comes again without parts under the same name', () => {
    const existing = receiveCard(undefined, received('Ando Roid', ando), NOW, () => 'a');
    expect(receiveCard(existing, received('Ando Roid', null), NOW + 1, () => 'b').nameParts).toEqual(ando);
    expect(receiveCard(existing, received('', null), NOW + 1, () => 'b').nameParts).toEqual(ando);
  });

  it('takes new parts with the card, and drops old ones when the name changes without parts', () => {
    const existing = receiveCard(undefined, received('Ando Roid', ando), NOW, () => 'a');
    const renamed = { ...ando, family: ['Ando-Smith'] };
    expect(receiveCard(existing, received('Roid Ando-Smith', renamed), NOW + 1, () => 'b').nameParts).toEqual(renamed);
    expect(receiveCard(existing, received('R. Ando', null), NOW + 1, () => 'b').nameParts).toBeNull();
  });
});
