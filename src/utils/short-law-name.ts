/** 中华人民共和国刑法 → 刑法, for laws missing from content/laws.yaml. */
export function shortLawName(name: string): string {
  return name.replace(/^《|》$/g, '').replace(/^中华人民共和国/, '') || name;
}
