import type { firstLookEn } from '../en/first-look';

// The first look's messages in Japanese (see ../first-look.ts).

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
