const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const units = ['', '十', '百', '千'];

/**
 * Chinese numerals as statutes write article numbers (1–9999):
 * 66 → 六十六, 15 → 十五, 1034 → 一千零三十四, 110 → 一百一十.
 */
export function toChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`unsupported number ${n}`);
  const parts = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  parts.forEach((d, i) => {
    const unit = units[parts.length - 1 - i] ?? '';
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 十五, not 一十五, when ten leads the number.
    out += d === 1 && unit === '十' && out === '' ? unit : `${digits[d]}${unit}`;
  });
  return out;
}

/** 第二百五十三条之一 for article 253 suffix 1. */
export function articleLabel(article: number, suffix?: number): string {
  const base = `第${toChineseNumber(article)}条`;
  return suffix ? `${base}之${toChineseNumber(suffix)}` : base;
}
