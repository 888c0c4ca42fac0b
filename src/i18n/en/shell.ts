import { firstLookEn } from './first-look';
/** English messages: the app frame: navigation, shared words, errors and durations. */
export const shellEn = {
  app: {
    name: 'Meishi',
    skipToContent: 'Skip to content',
  },
  common: {
    save: 'Save',
    cancel: 'Cancel',
    edit: 'Edit',
    delete: 'Delete',
    undo: 'Undo',
    close: 'Close',
    copy: 'Copy',
    done: 'Done',
    saving: 'Saving…',
    saved: 'Saved',
    notSaved: 'Not saved. Please try again.',
    back: 'Back',
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
  screenError: {
    title: 'Something went wrong on this screen',
    body: 'This screen could not be shown. Nothing you saved is lost. Try again, or go to My card.',
    notDownloadedTitle: 'Not downloaded yet',
    notDownloaded: "This part of Meishi hasn't been downloaded yet — connect to the internet once to finish installing. It will open by itself when you are back online.",
    retry: 'Try again',
  },
  notFound: {
    title: 'Not found',
    body: 'There is no page at this address.',
    home: 'Go to My card',
  },
  update: {
    ...firstLookEn.update,
    available: 'Update available',
    later: 'Later',
    offlineReady: 'Meishi now works offline.',
    dismiss: 'OK',
  },
  duration: firstLookEn.duration,
  storageError: {
    quota: 'Could not save: this device’s storage is full. Free some space and try again. Nothing was changed.',
    aborted: 'Could not save: the change was interrupted. Nothing was changed; please try again.',
    unavailable: 'This browser’s storage is not available (private browsing?). Meishi cannot keep data here.',
    unknown: 'Could not save. Nothing was changed; please try again.',
  },
  db: {
    blocked: 'Meishi is open in another tab with an older version. Close that tab to finish updating.',
    versionChange: 'A newer Meishi is open in another tab. Reload this one to keep going.',
  },
  validation: {
    required: 'Required.',
    tooLong: 'Too long: at most {{ max }} characters.',
    email: 'Enter an email address like name@example.com.',
    website: 'Enter a web address starting with https:// or http://.',
    invalid: 'Not valid.',
    fixBelow: 'Please fix the fields marked below.',
  },
};
