// Every screen of the app and its heading (h1), for the suites that visit them all.
export const SCREENS = [
  ['/', '導入の進み具合'],
  ['/steps', '手順'],
  ['/steps/1', 'STEP01 見積のご相談・ご依頼'],
  ['/steps/2', 'STEP02 発注'],
  ['/steps/3', 'STEP03 導入'],
  ['/steps/4', 'STEP04 運用準備'],
  ['/steps/5', 'STEP05 補助金申請（導入完了後）'],
  ['/vendors', '導入支援事業者等（予定）'],
  ['/about', '出典・このアプリについて'],
  ['/more', 'その他'],
  ['/data', 'データの管理'],
  ['/records', '記録と書類'],
  ['/memo', '見積依頼メモ'],
  ['/print', '導入記録'],
  ['/stations', '事業所の管理'],
  ['/later', 'その後の動き'],
  ['/contacts', '連絡先'],
  ['/visit', '訪問時の資格確認'],
  ['/visit/setup', '訪問の準備'],
  ['/visit/card', '訪問時の資格確認カード'],
  ['/handoff', 'ほかの端末に渡す'],
  ['/receive', 'ほかの端末から受け取る'],
  ['/search', '検索'],
  ['/nowhere', 'ページが見つかりません'],
];

/** The paths alone. */
export const PATHS = SCREENS.map(([path]) => path);
