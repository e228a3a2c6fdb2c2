import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { faqSchema, type Faq } from '../../../src/schemas/faq.ts';
import { fixtures, ingest, readPage, seedsDir } from './helpers.ts';

/**
 * Expected records, one per seed, checked by hand against the seed text:
 * tests/fixtures/ingest/seeds/<seed>.expected.json.
 */
const seeds = (await readdir(seedsDir)).filter((n) => n.endsWith('.txt')).sort();
let outDir = '';
const records = new Map<string, Faq>();

beforeAll(async () => {
  const result = await ingest(seedsDir);
  outDir = result.outDir;
  expect(result.exitCode).toBe(0);
  for (const r of result.report.files) records.set(r.file, (await readPage(outDir, r.id)).faq);
});

describe.each(seeds)('seed %s', (name) => {
  it('matches the hand-checked record', async () => {
    const expected = JSON.parse(await readFile(join(fixtures, 'seeds', name.replace('.txt', '.expected.json')), 'utf8'));
    const faq = records.get(name)!;
    expect(faqSchema.parse(faq)).toBeTruthy();
    expect({
      file: faq.source.file,
      id: faq.id,
      layout: faq.source.layout,
      title: faq.title,
      question: faq.question,
      description: faq.description,
      sourceScript: faq.sourceScript,
      topic: faq.topic,
      lawyer: faq.lawyer ?? null,
      statutes: faq.statutes,
      related: faq.related.map(({ topic: _topic, ...r }) => r),
    }).toEqual(expected);
    expect(faq.answers).toHaveLength(1);
    expect(faq.answers[0]!.statutes).toEqual(faq.statutes);
    expect(faq.lawyer).toEqual(faq.answers[0]!.lawyer);
    expect(faq.source.hash).toMatch(/^[a-f0-9]{64}$/);
  });

  it('leaves no Traditional character and no pinyin artifact on the page', async () => {
    const { text } = await readPage(outDir, records.get(name)!.id);
    expect(text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
    expect(text).not.toMatch(/[個們這說對為與開關問題還過應該發現學國內產業經電網絡證據機護權條訴訟離錢買賣協議體謝請進認識區醫療號碼驗隱幫辦後處車傷費給親際實導師樣無當點審線貸償責務歲廣聯簡單華營報歸總級組織細結統續編錯鐵長門間陸陽隊難雜顧風飛養館齊龍東見聽種紀錄決資訊稅詐騙賬財戶則規範圍罰負擔債勞動擊傳團庫屬裡]/);
    expect(text).not.toContain('?qū');
  });
});

describe('all seeds together', () => {
  const all = () => [...records.values()].flatMap((f) => f.statutes);

  it('cite 12 articles: 9 distinct articles of 5 laws, 253之一 included', () => {
    const articles = all().filter((c) => c.article !== undefined);
    expect(articles).toHaveLength(12);
    const distinct = new Set(articles.map((c) => `${c.lawSlug}/${c.article}${c.suffix ? `-${c.suffix}` : ''}`));
    expect([...distinct].sort()).toEqual(
      ['minfadian/1034', 'minfadian/1037', 'minfadian/1038', 'minfadian/1184', 'minshisusongfa/66', 'wangluoanquanfa/42', 'xiaofeizhequanyibaohufa/52', 'xingfa/253-1', 'xingfa/266'].sort(),
    );
    expect(new Set(articles.map((c) => c.lawSlug)).size).toBe(5);
  });

  it('cite 个人信息保护法 once, without an article, and no site noise as a law', () => {
    const whole = all().filter((c) => c.article === undefined);
    expect(whole).toEqual([{ law: '中华人民共和国个人信息保护法', lawSlug: 'gerenxinxibaohufa' }]);
    expect(all().some((c) => /协议|政策/.test(c.law))).toBe(false);
  });

  it('end the 第一千一百八十四条 quote before the lawyer goes on', () => {
    const c = records.get('000_64ac526aea67fa8c.txt')!.statutes.find((s) => s.article === 1184)!;
    expect(c.quote).toBe('侵害他人财产的,财产损失按照损失发生时的市场价格或者其他合理方式计算。');
  });

  it('give format B its 7 sub-items as an ordered list and dated related titles', async () => {
    const { body, faq } = await readPage(outDir, '718f80dfd41ee3d4');
    const items = body.match(/^ {2}\d+\. .+$/gm) ?? [];
    expect(items.map((l) => l.trim())).toEqual([
      '1. 更换账号。',
      '2. 更改重要的密码。',
      '3. 报案。',
      '4. 律师起诉。',
      '5. 收集证据。',
      '6. 提醒身边的亲朋好友防止被骗。',
      '7. 无关重要的信息可以不予理睬。',
    ]);
    expect(body).toContain('## 二、个人信息泄露的解决办法?');
    expect(faq.related).toHaveLength(20);
    expect(faq.related.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.date ?? ''))).toBe(true);
    expect(faq.related[4]).toMatchObject({ title: '2020年离婚的条件是什么', date: '2020-12-16' });
    expect(faq.related[3]).toMatchObject({ title: '起诉离婚律师必须请吗,哪些情况请律师更好', date: '2021-03-01' });
  });

  it('give every format A seed 20 related questions with their question text', () => {
    for (const [name, faq] of records) {
      if (faq.source.layout !== 'format-a') continue;
      expect(faq.related, name).toHaveLength(20);
      expect(faq.related.every((r) => r.question && r.question.length > 10), name).toBe(true);
    }
  });
});
