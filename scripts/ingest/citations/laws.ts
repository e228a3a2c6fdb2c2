import { pinyin } from 'pinyin-pro';
import type { Law } from '../../../src/schemas/law.ts';

const PRC = /^中华人民共和国/;

/** Toneless pinyin, letters and digits only: 张凯 → zhangkai, 妇女 → funv. */
export function pinyinSlug(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export interface LawIndex {
  find(name: string): Law | undefined;
}

/** Matches a 《…》 name by full name, short name or alias, with or without 中华人民共和国. */
export function lawIndex(laws: readonly Law[]): LawIndex {
  const map = new Map<string, Law>();
  for (const law of laws) {
    for (const n of [law.name, law.shortName, ...law.aliases]) map.set(n.replace(PRC, ''), law);
  }
  return { find: (name) => map.get(name.trim().replace(PRC, '')) };
}

/**
 * Only titles that name a legal instrument are laws; `《用户服务协议》`,
 * `《律霸隐私政策》` and book titles are not.
 * Endings from the forms of PRC legislation: 法, 法典, 条例, 规定, 办法, 解释, 决定, 细则.
 */
export function looksLikeLaw(name: string): boolean {
  return /(法|法典|条例|規定|规定|办法|辦法|解释|解釋|决定|決定|细则|細則|修正案)$/.test(name.trim());
}

/** Slug for a law missing from content/laws.yaml: pinyin of its name without 中华人民共和国. */
export function unknownLawSlug(name: string): string {
  return pinyinSlug(name.replace(PRC, '')) || 'law';
}
