import type { Dictionary } from './en';

/** Japanese dictionary. */
export const ja: Dictionary = {
  app: {
    name: '名刺',
    skipToContent: '本文へ移動',
  },
  nav: {
    label: 'メイン',
    myCard: 'マイ名刺',
    show: '提示',
    scan: 'スキャン',
    contacts: '連絡先',
    events: 'イベント',
    settings: '設定',
  },
  notFound: {
    title: 'ページが見つかりません',
    body: 'このアドレスにはページがありません。',
    home: 'マイ名刺へ',
  },
  update: {
    available: '新しいバージョンがあります',
    reload: '再読み込み',
    later: 'あとで',
    offlineReady: 'オフラインでも使えるようになりました。',
    dismiss: 'OK',
  },
  settings: {
    title: '設定',
    language: '言語',
    languageAuto: 'ブラウザの設定に合わせる',
    about: 'このアプリについて',
    aboutBody: '名刺アプリのデータはすべてこの端末の中だけに保存され、外部には送信されません。',
    version: 'バージョン {{ version }}',
  },
  empty: {
    contacts: '連絡先はまだありません',
    contactsHint: 'スキャンしたり保存したりした相手が、イベントごとにここに表示されます。',
    events: 'イベントはまだありません',
    eventsHint: '参加するイベントを登録すると、出会った人をイベントごとに整理できます。',
  },
};
