import { afterAll, beforeAll } from 'vitest';
import ICAL from 'ical.js';

/**
 * Makes ical.js unescape vCard text as RFC 2426 and RFC 6350 do, for the tests of the file it is
 * called in. Its vCard text type leaves "\;" escaped outside N/ADR/ORG (kewisch/ical.js#173),
 * though both RFCs escape it in every text value and never read an escaped semicolon as a
 * separator; its iCalendar text type unescapes exactly their set, so vCards are read with that.
 */
export function readVCardTextAsTheRfcsSay(): void {
  const design = ICAL.design as unknown as Record<'vcard' | 'vcard3' | 'icalendar', { value: Record<string, unknown> }>;
  const vcardText = { v4: design.vcard.value.text, v3: design.vcard3.value.text };
  beforeAll(() => {
    design.vcard.value.text = design.icalendar.value.text;
    design.vcard3.value.text = design.icalendar.value.text;
  });
  afterAll(() => {
    design.vcard.value.text = vcardText.v4;
    design.vcard3.value.text = vcardText.v3;
  });
}
