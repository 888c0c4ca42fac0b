import type { receiveEn } from '../en/receive';
import { firstLookJa } from './first-look';

/** Japanese messages: the receiver of a shared card (loaded after the first paint; the card itself is drawn with the first look's messages). */
export const receiveJa: typeof receiveEn = {
  receive: {
    ...firstLookJa.receive,
    saveToContacts: '連絡先に保存',
    saveInMeishi: '名刺アプリに保存',
    saved: '名刺アプリに保存しました。',
    savedDiffers: 'この名刺は保存済みの内容と異なりますが、何も変更していません。連絡先でこの人を開いて、残す内容を選んでください。',
    savedMerged: '登録済みの相手です。今回の出会いを追加しました。',
    filedUnder: '「{{ event }}」に登録しました。',
    vcardNote: '{{ date }}に名刺アプリで受け取りました（有効期限 {{ until }}）。',
    expiryNote: 'この名刺は期限付きです。メールでのやり取りのために共有されました。期限が過ぎると名刺アプリでは表示されません。',
    openMeishi: '名刺アプリを開く',
  },
};
