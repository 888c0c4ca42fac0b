import type { settingsEn } from '../en/settings';

/** Japanese messages: settings. */
export const settingsJa: typeof settingsEn = {
  settings: {
    data: 'データ',
    autoSave: '名刺アプリの名刺は読み取ったらすぐ保存する',
    followUps: 'フォローアップ',
    reminders: 'リマインダー',
    notificationsHint: 'アプリを開いたときにフォローアップの期限が来ていれば、通知でお知らせします。',
    allowNotifications: '通知を許可',
    notificationsOn: '通知はオンです。アプリを開いたときに期限のフォローアップがあればお知らせします。',
    notificationsDenied: 'このサイトの通知はブロックされています。ブラウザの設定で許可できます。期限リストやカレンダーの通知は通知なしでも使えます。',
    notificationsUnsupported: 'このブラウザは通知に対応していません。フォローアップ画面の「すべてカレンダーに追加」をご利用ください。',
    emailTemplate: 'フォローアップメールのテンプレート',
    templateSubject: '件名',
    templateBody: '本文',
    templateHint: '相手ごとに次の項目が差し込まれます：{{ placeholders }}',
    saveTemplate: 'テンプレートを保存',
    resetTemplate: '標準のテンプレートに戻す',
    templateSaved: 'テンプレートを保存しました。',
    title: '設定',
    language: '言語',
    languageAuto: 'ブラウザの設定に合わせる',
    about: 'このアプリについて',
    aboutBody: '名刺アプリのデータはすべてこの端末の中だけに保存され、外部には送信されません。',
    version: 'バージョン {{ version }}',
  },
};
