import type { scanEn } from '../en/scan';

/** Japanese messages: scan. */
export const scanJa: typeof scanEn = {
  scan: {
    cameraView: 'カメラ',
    startCamera: 'カメラを起動',
    stopCamera: 'カメラを停止',
    switchCamera: 'カメラを切り替え',
    torch: 'ライト',
    fromImage: '画像から読み取る',
    paperCard: '紙の名刺',
    next: '次を読み取る',
    resultTitle: '読み取った名刺',
    problemTitle: 'このコードは使えません',
    notACard: 'このQRコードは連絡先ではありません',
    copied: 'コピーしました。',
    saved: '連絡先に保存しました。',
    savedMerged: '登録済みの相手です。今回の出会いを追加しました。',
    underEvent: '「{{ event }}」に登録しました。',
    openContact: '連絡先を開く',
    tooLarge: 'データが多すぎるため、連絡先として読み取れません。',
    damaged: '連絡先のようですが、データが壊れているか不完全です。',
    source: {
      meishi: '名刺アプリの名刺',
      vcard: 'vCard',
      mecard: 'MECARD',
      mailto: 'メールアドレス',
      import: 'インポート',
      manual: '手入力',
    },
    problem: {
      denied: 'カメラの使用が許可されていません。ブラウザの設定でこのサイトのカメラを許可するか、画像から読み取ってください。',
      'no-camera': 'カメラが見つかりません。画像（スクリーンショットや写真）から読み取れます。',
      busy: 'カメラが他のアプリで使用中です。そのアプリを閉じてやり直すか、画像から読み取ってください。',
      unsupported: 'このブラウザではここでカメラを使えません。画像から読み取ってください（iPhoneではスクリーンショットが使えます）。',
      unknown: 'カメラを起動できませんでした。もう一度試すか、画像から読み取ってください。',
      'no-qr-in-image': 'この画像にはQRコードが見つかりません。',
      'image-too-large': '画像が大きすぎて読み取れません（25MBを超えています）。',
    },
  },
};
