/**
 * Site chrome of format B pages (a Traditional-script legal portal), exactly
 * as the bundled seed 002 carries it between the answer and the bio, and
 * between the bio and the related list.
 */
export const afterAnswer = [
  '該內(nèi)容對我有幫助 贊一個',
  '驗證手機(jī)號',
  '我已閱讀并同意《用戶服務(wù)協(xié)議》和《律霸隱私政策》',
  '我們會嚴(yán)格保護(hù)您的隱私,請放心輸入',
  '為保證隱私安全,請輸入手機(jī)號碼驗證身份。驗證后咨詢會派發(fā)給律師。',
];

export const bioLabel = '簡介:';

export const afterBio = [
  '掃碼APP下載',
  '掃碼關(guān)注微信公眾號',
];
