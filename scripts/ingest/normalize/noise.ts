import { stripArtifacts } from './artifacts.ts';

/**
 * Site UI lines of format B, matched after pinyin artifacts are stripped
 * (`該內(nèi)容` → `該內容`), in Traditional and Simplified spellings.
 */
const NOISE = [
  /^(該|该)內?(容|内容)?.*(對|对)我有(幫|帮)助/,
  /^(贊|赞)一(個|个)$/,
  /^(驗證|验证)手機號|^验证手机号/,
  /^我已(閱讀|阅读)(並|并)同意/,
  /^我(們|们)會?会?.*(嚴格|严格)保(護|护)您的(隱私|隐私)/,
  /^(為|为)保(證|证)(隱私|隐私)安全/,
  /^(掃|扫)(碼|码)/,
];
export function isNoise(text: string): boolean {
  const t = stripArtifacts(text).trim();
  return NOISE.some((re) => re.test(t));
}
