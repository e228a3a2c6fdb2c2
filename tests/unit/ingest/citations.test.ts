import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { answerExtractor } from '../../../scripts/ingest/citations/extract.ts';
import { lawIndex } from '../../../scripts/ingest/citations/laws.ts';
import { parseNumeral } from '../../../src/utils/parse-numeral.ts';
import { loadConfig } from '../../../scripts/ingest/config.ts';

const config = await loadConfig();
const laws = lawIndex(config.laws);

function cite(...paragraphs: string[]) {
  const file = new VFile();
  const extract = answerExtractor(laws, file);
  const citations = paragraphs.flatMap((p, i) => extract(p, i + 1).map((s) => s.citation));
  return { citations, messages: file.messages.map((m) => m.reason) };
}

describe('citations', () => {
  it('reads Chinese and Arabic numerals', () => {
    expect(['一千一百八十四', '一千零三十四', '二百五十三', '六十六', '十', '十二', '1165', '１２'].map(parseNumeral)).toEqual([1184, 1034, 253, 66, 10, 12, 1165, 12]);
  });

  it('full and short names, 之一, 條, Arabic numbers', () => {
    const { citations } = cite('《网络安全法》第四十二条和《中华人民共和国刑法》第二百五十三条之一,以及《民法典》第1165條。');
    expect(citations.map(({ quote: _q, ...c }) => c)).toEqual([
      { law: '中华人民共和国网络安全法', lawSlug: 'wangluoanquanfa', article: 42 },
      { law: '中华人民共和国刑法', lawSlug: 'xingfa', article: 253, suffix: 1 },
      { law: '中华人民共和国民法典', lawSlug: 'minfadian', article: 1165 },
    ]);
  });

  it('本法, a bare article after a named law, lists, 款 and 项', () => {
    const { citations } = cite(
      '《中华人民共和国劳动合同法》第二十二条第一款规定:用人单位为劳动者提供专项培训费用的,可以约定服务期。',
      '第二十五条规定:除本法第二十二条和第二十三条规定的情形外,用人单位不得与劳动者约定由劳动者承担违约金。另见第三十九条第一款第二项。',
    );
    expect(citations.map((c) => [c.lawSlug, c.article, c.paragraph, c.item])).toEqual([
      ['laodonghetongfa', 22, 1, undefined],
      ['laodonghetongfa', 25, undefined, undefined],
      ['laodonghetongfa', 22, undefined, undefined],
      ['laodonghetongfa', 23, undefined, undefined],
      ['laodonghetongfa', 39, 1, 2],
    ]);
    expect(citations[1]!.quote).toBe('除本法第二十二条和第二十三条规定的情形外,用人单位不得与劳动者约定由劳动者承担违约金。');
  });

  it('a law cited as a whole has no article; site agreements are not laws; an unknown law warns', () => {
    const { citations, messages } = cite('《个人信息保护法》也作了规定。我已阅读并同意《用户服务协议》和《律霸隐私政策》。《网络交易监督管理办法》第十条。');
    expect(citations).toEqual([
      { law: '中华人民共和国个人信息保护法', lawSlug: 'gerenxinxibaohufa' },
      { law: '网络交易监督管理办法', lawSlug: 'wangluojiaoyijianduguanlibanfa', article: 10 },
    ]);
    expect(messages).toEqual([expect.stringMatching(/unknown law 《网络交易监督管理办法》.*wangluojiaoyijianduguanlibanfa/)]);
  });

  it('quotes: lawtime style after a space, the end of the paragraph, and no quote after 规定了', () => {
    const { citations } = cite(
      '法律依据:《中华人民共和国刑法》\n第二百六十六条 诈骗公私财物,数额较大的,处三年以下有期徒刑。',
      '《中华人民共和国刑法》第二百五十三条之一规定了侵犯公民个人信息罪。',
    );
    expect(citations[0]!.quote).toBe('诈骗公私财物,数额较大的,处三年以下有期徒刑。');
    expect(citations[1]!.quote).toBeUndefined();
  });

  it('a quote cut after several sentences by the lawyer\'s words is reported as unclear', () => {
    const { citations, messages } = cite('《民法典》第一千零三十七条规定,甲的。乙的。在民事诉讼中,证据很重要。');
    expect(citations[0]!.quote).toBe('甲的。乙的。');
    expect(messages).toEqual([expect.stringMatching(/may run into the lawyer's words/)]);
  });

  it('a bare article with no law named before it is not a citation', () => {
    expect(cite('请看第二十条的规定。').citations).toEqual([]);
  });
});
