import { firstLookEn } from './first-look';

/** English messages: the receiver of a shared card (loaded after the first paint; the card itself is drawn with the first look's messages). */
export const receiveEn = {
  receive: {
    ...firstLookEn.receive,
    saveToContacts: 'Save to contacts',
    saveInMeishi: 'Save in Meishi',
    saved: 'Saved in Meishi.',
    savedMerged: 'Already in Meishi: added this meeting.',
    savedDiffers: 'This card says something different from what you have; nothing was changed. Open the person in Contacts to choose what to keep.',
    filedUnder: 'Filed under {{ event }}.',
    vcardNote: 'Received via Meishi on {{ date }} (card valid until {{ until }}).',
    expiryNote: 'This card is time-limited: it was shared for a follow-up by email. Meishi will not show it after it expires.',
    openMeishi: 'Open Meishi',
  },
};
