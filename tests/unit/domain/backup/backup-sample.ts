import { BACKUP_FORMAT, BACKUP_VERSION, type BackupData } from '../../../../src/domain/backup/backup-format';
import { canonicalContact, canonicalEvent, canonicalEventTag, canonicalMyCard, canonicalPhoto, canonicalSettings } from '../../../../src/domain/backup/canonical-records';
import { base64ToBytes } from '../../../../src/domain/contacts/card-photos';
import type { EventTag } from '../../../../src/domain/mail/event-tags';
import type { Contact, ContactPhoto, MeishiEvent, MyCard } from '../../../../src/domain/types';
import { REFERENCE_CARD } from '../../../fixtures/reference-card';

// A small but complete data set: every kind of record, every optional field set somewhere.

/** One of the user's cards. */
export const sampleCard: MyCard = {
  id: 'card-1',
  label: 'Work',
  ...REFERENCE_CARD,
  tagline: '小さな会社のウェブサイトを作っています',
  perEventAddress: true,
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_100_000,
};

/** A networking event with signs and a verdict. */
export const sampleEvent: MeishiEvent = {
  id: 'event-1',
  name: '渋谷 異業種交流会',
  date: '2026-11-24',
  place: '渋谷',
  organizer: 'Sample Inc.',
  organizerUrl: 'https://organizer.example.com/events',
  notes: '名刺交換が中心。\n2回目もあり。',
  signs: ['real-company', 'few-events-a-month'],
  verdict: 'again',
  reviewIndex: 2,
  reviewDone: true,
  createdAt: 1_700_000_200_000,
  updatedAt: 1_700_000_300_000,
};

/** A contact met at the event, with a follow-up, flags, tags and a time limit. */
export const sampleContact: Contact = {
  id: 'contact-1',
  card: { name: '佐藤 花子', reading: 'さとう はなこ', org: 'Hanako Design', title: '代表', email: 'hanako@example.jp', website: 'https://hanako.example.jp/', tagline: '' },
  original: { name: '佐藤 花子', reading: 'さとう はなこ', org: 'Hanako Design', title: '', email: 'hanako@example.jp', website: '', tagline: '' },
  nameParts: { family: ['佐藤'], given: ['花子'], middle: [], prefix: [], suffix: [], familyReading: 'さとう', givenReading: 'はなこ', middleReading: '' },
  received: [
    {
      at: 1_700_000_500_000,
      source: 'vcard',
      card: { name: '佐藤 花子', reading: '', org: 'Hanako Studio', title: '', email: 'hanako@example.jp', website: '', tagline: '' },
      nameParts: { family: ['佐藤'], given: ['花子'], middle: [], prefix: [], suffix: [], familyReading: '', givenReading: '', middleReading: '' },
      settled: false,
    },
  ],
  extraEmails: ['h.sato@example.net'],
  meetings: [
    { at: 1_700_000_400_000, eventId: 'event-1', source: 'meishi' },
    { at: 1_700_000_500_000, eventId: null, source: 'vcard' },
  ],
  notes: 'ロゴの相談をしたい',
  flags: ['line'],
  tags: ['design', '候補'],
  followUpAt: 1_700_100_000_000,
  followUpHasTime: true,
  followUpDone: false,
  expiresAt: 1_702_000_000_000,
  expiredAt: null,
  createdAt: 1_700_000_400_000,
  updatedAt: 1_700_000_600_000,
  photoIds: [],
  paperText: '',
};

/** A contact whose time-limited card has expired (details dropped, notes kept). */
export const expiredContact: Contact = {
  ...sampleContact,
  id: 'contact-2',
  card: { name: '', reading: '', org: '', title: '', email: '', website: '', tagline: '' },
  original: { name: '', reading: '', org: '', title: '', email: '', website: '', tagline: '' },
  nameParts: null,
  extraEmails: [],
  meetings: [{ at: 1_690_000_000_000, eventId: 'event-1', source: 'meishi' }],
  notes: 'Pushed for LINE at once',
  flags: ['line', 'network'],
  tags: [],
  followUpAt: null,
  followUpHasTime: false,
  followUpDone: false,
  expiresAt: 1_690_100_000_000,
  expiredAt: 1_690_100_000_000,
};

/** A contact typed in from a photographed paper card: its photos (front and back) and the text read from it. */
export const paperContact: Contact = {
  ...sampleContact,
  id: 'contact-3',
  card: { name: '鈴木 一郎', reading: 'すずき いちろう', org: '株式会社テスト', title: '営業部長', email: 'ichiro@test.example.jp', website: '', tagline: '' },
  original: { name: '鈴木 一郎', reading: 'すずき いちろう', org: '株式会社テスト', title: '営業部長', email: 'ichiro@test.example.jp', website: '', tagline: '' },
  nameParts: null,
  received: [],
  extraEmails: [],
  meetings: [{ at: 1_700_000_450_000, eventId: 'event-1', source: 'paper' }],
  notes: '',
  flags: [],
  tags: [],
  followUpAt: null,
  followUpHasTime: false,
  expiresAt: null,
  expiredAt: null,
  createdAt: 1_700_000_450_000,
  updatedAt: 1_700_000_450_000,
  photoIds: ['photo-front', 'photo-back'],
  paperText: '株式会社テスト\n営業部長\n鈴木 一郎\nichiro@test.example.jp\n03-1234-5678',
};

// Real (tiny) images: a 32 × 20 JPEG and WebP made with ffmpeg.
const JPEG = '/9j/4AAQSkZJRgABAgAAAQABAAD//gAQTGF2YzU5LjM3LjEwMAD/2wBDAAgQEBMQExYWFhYWFhoYGhsbGxoaGhobGxsdHR0iIiIdHR0bGx0dICAiIiUmJSMjIiMmJigoKDAwLi44ODpFRVP/xABNAAEBAAAAAAAAAAAAAAAAAAAABwEBAQEAAAAAAAAAAAAAAAAAAAIDEAEAAAAAAAAAAAAAAAAAAAAAEQEAAAAAAAAAAAAAAAAAAAAA/8AAEQgAFAAgAwEiAAIRAAMRAP/aAAwDAQACEQMRAD8AuADFYAAAAAD/2Q==';
const WEBP = 'UklGRkIAAABXRUJQVlA4IDYAAAAQAwCdASogABQAPtFiqk+oJaOiKAgBABoJZQC7ABanFAAA/uwmXyOd6VKrjCaSS5W/afVgAAA=';

/** The bytes of a tiny real photo: a JPEG or a WebP. */
export function samplePhotoBytes(type: ContactPhoto['type']): ArrayBuffer {
  return base64ToBytes(type === 'image/jpeg' ? JPEG : WEBP)!;
}

/** The photos of the paper contact. */
export function samplePhotos(): ContactPhoto[] {
  return [
    { id: 'photo-front', contactId: 'contact-3', type: 'image/jpeg', data: samplePhotoBytes('image/jpeg') },
    { id: 'photo-back', contactId: 'contact-3', type: 'image/webp', data: samplePhotoBytes('image/webp') },
  ];
}

/** The per-event address the card carried at the event. */
export const sampleEventTag: EventTag = {
  tag: 'k7m2qx',
  eventId: 'event-1',
  baseEmail: 'taro.yamada@example.co.jp',
  createdAt: 1_700_000_350_000,
  expiresAt: 1_700_600_000_000,
};

/** Everything together, with a few settings. */
export function makeSampleData(): BackupData {
  return structuredClone({
    cards: [sampleCard],
    contacts: [sampleContact, expiredContact, paperContact],
    events: [sampleEvent],
    eventTags: [sampleEventTag],
    photos: samplePhotos(),
    settings: {
      activeCardId: 'card-1',
      validity: '7d',
      currentEventId: null,
      currentEventLog: [
        { eventId: 'event-1', at: 1_700_000_250_000 },
        { eventId: null, at: 1_700_000_700_000 },
      ],
      lastFilterExportAt: 1_700_000_800_000,
      emailTemplate: { subject: 'お礼', body: '先日はありがとうございました。\n{name}' },
      lastBackupAt: 1_700_000_000_000,
    },
  });
}

/**
 * A backup as one JSON document with a `data` object: how version 1 was written, and still read
 * for any version — the easy shape for tests to break one field in.
 */
export function makeDocument(data: BackupData, now: number, version = BACKUP_VERSION): { format: string; version: number; exportedAt: string; appVersion: string; data: Record<string, any> } {
  return JSON.parse(
    JSON.stringify({
      format: BACKUP_FORMAT,
      version,
      exportedAt: new Date(now).toISOString(),
      appVersion: '0.1.0',
      data: {
        cards: data.cards.map(canonicalMyCard),
        contacts: data.contacts.map(canonicalContact),
        events: data.events.map(canonicalEvent),
        eventTags: data.eventTags.map(canonicalEventTag),
        photos: data.photos.map(canonicalPhoto),
        settings: canonicalSettings(data.settings),
      },
    }),
  );
}
