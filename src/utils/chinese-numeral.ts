const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const units = ['', '十', '百', '千'];

/**
 * Writes 1–9999 the way statute numbers are written (第一千零三十四条):
 * one 零 for each run of zeros between digits, and 十 not 一十 at the start.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`not a statute number: ${n}`);
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
    out += `${digits[d]}${unit}`;
  });
  // 10–19 read 十, 十一 … not 一十一.
  return out.startsWith('一十') ? out.slice(1) : out;
}
