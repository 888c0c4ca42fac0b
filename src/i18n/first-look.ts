// The few messages of the first look at a shared card, in both languages. A stranger's phone
// paints the card from the page itself, before any translation runtime or dictionary loads
// (see src/first-look.ts), so these travel with it; the full dictionaries take them from here,
// so each message is written once.

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

/** The first look's messages in Japanese. */
export const firstLookJa: typeof firstLookEn = {
  receive: {
    title: '名刺',
    validUntil: '有効期限 {{ time }}',
    expired: 'この名刺は{{ date }}に期限切れになりました。',
    expiredHint: 'もう一度、持ち主に名刺を見せてもらってください。',
    newerVersion: 'この名刺は新しいバージョンの名刺アプリで作られています。再読み込みして更新してから、もう一度開いてください。',
    clockAhead: 'この名刺の作成日時が未来になっています。この端末の日付と時刻を確認してください。',
    malformed: 'リンクが壊れているか不完全なため、名刺を表示できません。',
  },
  card: {
    email: 'メールアドレス',
    website: 'ウェブサイト',
  },
  show: {
    remaining: '残り{{ time }}',
  },
  duration: {
    daysHours: '{{ d }}日{{ h }}時間',
    hoursMinutes: '{{ h }}時間{{ m }}分',
    minutesSeconds: '{{ m }}分{{ s }}秒',
    seconds: '{{ s }}秒',
  },
  update: {
    reload: '再読み込み',
  },
};

/** Fills the `{{ name }}` slots of a message. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => values[key] ?? '');
}

/** "2 d 3 h", "1 h 5 min", "4 min 10 s", "12 s" / "2日3時間" …: a countdown's remaining time. */
export function remaining(ms: number, messages: typeof firstLookEn): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const d = String(Math.floor(seconds / 86_400));
  const h = String(Math.floor((seconds % 86_400) / 3600));
  const m = String(Math.floor((seconds % 3600) / 60));
  const s = String(seconds % 60);
  const { duration } = messages;
  if (d !== '0') return fill(duration.daysHours, { d, h });
  if (h !== '0') return fill(duration.hoursMinutes, { h, m });
  if (m !== '0') return fill(duration.minutesSeconds, { m, s });
  return fill(duration.seconds, { s });
}
