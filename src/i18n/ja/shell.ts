import { firstLookJa } from './first-look';
import type { shellEn } from '../en/shell';

/** Japanese messages: the app frame: navigation, shared words, errors and durations. */
export const shellJa: typeof shellEn = {
  app: {
    name: '名刺',
    skipToContent: '本文へ移動',
  },
  common: {
    save: '保存',
    cancel: 'キャンセル',
    edit: '編集',
    delete: '削除',
    undo: '元に戻す',
    close: '閉じる',
    copy: 'コピー',
    done: '完了',
    saving: '保存中…',
    saved: '保存しました',
    notSaved: '保存できませんでした。もう一度お試しください。',
    back: '戻る',
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
  screenError: {
    title: 'この画面でエラーが発生しました',
    body: 'この画面を表示できませんでした。保存したデータは失われていません。もう一度試すか、マイ名刺に戻ってください。',
    notDownloadedTitle: 'まだダウンロードされていません',
    notDownloaded: "Meishiのこの部分はまだダウンロードされていません。インストールを完了するには、一度インターネットに接続してください。オンラインに戻ると自動的に開きます。",
    retry: 'もう一度試す',
  },
  notFound: {
    title: 'ページが見つかりません',
    body: 'このアドレスにはページがありません。',
    home: 'マイ名刺へ',
  },
  update: {
    ...firstLookJa.update,
    available: '新しいバージョンがあります',
    later: 'あとで',
    offlineReady: 'オフラインでも使えるようになりました。',
    dismiss: 'OK',
  },
  duration: firstLookJa.duration,
  storageError: {
    quota: '保存できませんでした。端末の空き容量が不足しています。空きを作ってからもう一度お試しください。データは変更されていません。',
    aborted: '保存が中断されました。データは変更されていません。もう一度お試しください。',
    unavailable: 'このブラウザの保存領域が使えません（プライベートブラウズ中など）。ここにはデータを保存できません。',
    unknown: '保存できませんでした。データは変更されていません。もう一度お試しください。',
  },
  db: {
    blocked: '古いバージョンの名刺アプリが別のタブで開いています。そのタブを閉じると更新が完了します。',
    versionChange: '新しいバージョンの名刺アプリが別のタブで開かれました。このタブを再読み込みしてください。',
  },
  validation: {
    required: '入力してください。',
    tooLong: '長すぎます（{{ max }}文字まで）。',
    email: 'name@example.com のような形式で入力してください。',
    website: 'https:// または http:// で始まるアドレスを入力してください。',
    invalid: '正しくありません。',
    fixBelow: '下の項目を確認してください。',
  },
};
