import type { Topic } from '../../src/schemas/topic.ts';

export interface ClassifyInput {
  categories?: readonly string[];
  title: string;
  text?: string;
  lawSlugs?: readonly string[];
}

export interface Classification {
  topic: string;
  /** Other topics that also fit clearly, best first. */
  tags: string[];
}

/**
 * Keyword scoring against content/topics.yaml. A keyword's weight is its
 * length (specific words beat generic ones) times where it was found: the
 * site's own breadcrumb is the strongest signal, then the title, then the
 * body. Each cited law listed under a topic adds a fixed weight.
 * Ties keep the topic listed first in the file, so results are stable.
 */
const WEIGHT = { category: 10, title: 8, text: 8 };
const LAW_WEIGHT = 4;
/** Repeating a word in a long answer says little more after a few times. */
const MAX_REPEAT = 3;

export function classify(topics: readonly Topic[], input: ClassifyInput): Classification {
  const index = keywordIndex(topics);
  const inTitle = counts(index, input.title);
  const inText = input.text ? counts(index, input.text) : undefined;
  const owners = keywordOwners(topics);
  const title = new Array<number>(topics.length).fill(0);
  const body = new Array<number>(topics.length).fill(0);
  for (const [kw, n] of inTitle) for (const t of owners.get(kw)!) title[t]! += WEIGHT.title * kw.length * Math.min(MAX_REPEAT, n);
  for (const [kw, n] of inText ?? []) for (const t of owners.get(kw)!) body[t]! += kw.length * Math.min(MAX_REPEAT, n);
  const scores = topics.map((topic, t) => {
    let score = title[t]!;
    for (const c of input.categories ?? []) {
      for (const kw of topic.keywords) if (c === topic.name || c.includes(kw)) score += WEIGHT.category * kw.length;
    }
    // A long answer mentions many words of a broad topic; more of them is
    // weaker evidence than the title, so the body counts sublinearly.
    score += WEIGHT.text * Math.log2(1 + body[t]!);
    for (const slug of input.lawSlugs ?? []) if (topic.laws.includes(slug)) score += LAW_WEIGHT;
    return { slug: topic.slug, score };
  });
  const ranked = scores
    .map((s, i) => ({ ...s, i }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const best = ranked[0];
  if (!best) return { topic: topics[topics.length - 1]?.slug ?? 'other', tags: [] };
  const tags = ranked
    .slice(1)
    .filter((s) => s.score >= best.score * 0.4)
    .slice(0, 3)
    .map((s) => s.slug);
  return { topic: best.slug, tags };
}

/** Keywords by first character, so one pass over a text counts them all (10k pages × 21 texts). */
const indexes = new WeakMap<readonly Topic[], Map<string, string[]>>();

function keywordIndex(topics: readonly Topic[]): Map<string, string[]> {
  let index = indexes.get(topics);
  if (!index) {
    index = new Map();
    for (const kw of new Set(topics.flatMap((t) => t.keywords))) {
      const list = index.get(kw[0]!) ?? [];
      list.push(kw);
      index.set(kw[0]!, list);
    }
    indexes.set(topics, index);
  }
  return index;
}

const ownerMaps = new WeakMap<readonly Topic[], Map<string, number[]>>();

/** Keyword → indexes of the topics that list it. */
function keywordOwners(topics: readonly Topic[]): Map<string, number[]> {
  let owners = ownerMaps.get(topics);
  if (!owners) {
    owners = new Map();
    topics.forEach((topic, t) => {
      for (const kw of new Set(topic.keywords)) owners!.set(kw, [...(owners!.get(kw) ?? []), t]);
    });
    ownerMaps.set(topics, owners);
  }
  return owners;
}

function counts(index: Map<string, string[]>, text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    const list = index.get(text[i]!);
    if (!list) continue;
    for (const kw of list) if (text.startsWith(kw, i)) found.set(kw, (found.get(kw) ?? 0) + 1);
  }
  return found;
}
