// English messages. Keys are grouped by screen; ja.ts must have the same shape (the type checks it).

/** English dictionary; the shape every other language follows. */
export const en = {
  app: {
    name: 'Meishi',
    skipToContent: 'Skip to content',
  },
  nav: {
    label: 'Main',
    myCard: 'My card',
    show: 'Show',
    scan: 'Scan',
    contacts: 'Contacts',
    events: 'Events',
    settings: 'Settings',
  },
  notFound: {
    title: 'Not found',
    body: 'There is no page at this address.',
    home: 'Go to My card',
  },
  update: {
    available: 'Update available',
    reload: 'Reload',
    later: 'Later',
    offlineReady: 'Meishi now works offline.',
    dismiss: 'OK',
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    languageAuto: 'Follow the browser',
    about: 'About',
    aboutBody: 'Meishi keeps everything on this device. Nothing you enter is sent anywhere.',
    version: 'Version {{ version }}',
  },
  empty: {
    contacts: 'No contacts yet',
    contactsHint: 'People you scan or save appear here, grouped by event.',
    events: 'No events yet',
    eventsHint: 'Add the events you go to, and file the people you meet under them.',
  },
};

/** The type of a dictionary: the shape of the English one. */
export type Dictionary = typeof en;
