// The first look's messages in English (see ../first-look.ts).

/** The first look's messages in English (the shape the Japanese ones follow). */
export const firstLookEn = {
  receive: {
    title: 'Business card',
    validUntil: 'Valid until {{ time }}',
    expired: 'This card expired on {{ date }}.',
    expiredHint: 'Ask its owner to show you their card again.',
    newerVersion: 'This card was made by a newer version of Meishi. Reload to update, then try again.',
    clockAhead: 'This card says it was made in the future. Check this phone’s date and time.',
    malformed: 'This link is damaged or incomplete, so the card cannot be shown.',
  },
  card: {
    email: 'Email',
    website: 'Website',
  },
  show: {
    remaining: '{{ time }} left',
  },
  duration: {
    daysHours: '{{ d }} d {{ h }} h',
    hoursMinutes: '{{ h }} h {{ m }} min',
    minutesSeconds: '{{ m }} min {{ s }} s',
    seconds: '{{ s }} s',
  },
  update: {
    reload: 'Reload',
  },
};
