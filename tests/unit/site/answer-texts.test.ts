import { describe, expect, it } from 'vitest';
import { answerTexts } from '../../../src/utils/answer-texts.ts';
import { excerpt } from '../../../src/utils/excerpt.ts';
import { htmlToText } from '../../../src/utils/html-to-text.ts';

describe('htmlToText', () => {
  it('keeps one line per block, drops tags and decodes character references', () => {
    const html = '<h2>一、报警</h2><p>依据<a class="cite" href="/laws/xingfa/266/">《刑法》第二百六十六条</a>规定,&lt;script&gt; &amp; {x}</p><ol><li><p>更换账号。</p></li><li>收集&#x8BC1;据&#35;</li></ol>';
    expect(htmlToText(html)).toBe('一、报警\n依据《刑法》第二百六十六条规定,<script> & {x}\n更换账号。\n收集证据#');
  });
});

describe('answerTexts', () => {
  it('reads each answer body in order, without the lawyer card around it', () => {
    const html =
      '<article class="answer"><header><h2>律师解答 1</h2><p>张凯 律师</p></header><div class="prose"><p>第一个解答。</p></div></article>' +
      '<article class="answer"><header><h2>律师解答 2</h2></header><div class="prose" data-x="1"><p>第二个</p><p>解答。</p></div></article>';
    expect(answerTexts(html)).toEqual(['第一个解答。', '第二个\n解答。']);
  });
});

describe('excerpt', () => {
  it('keeps short text whole and cuts long text after its last full sentence', () => {
    expect(excerpt('短句。', 10)).toBe('短句。');
    expect(excerpt('第一句话。第二句话。第三句话很长很长', 12)).toBe('第一句话。第二句话。…');
    // No sentence end in the second half: a hard cut, still marked.
    expect(excerpt('一二三四五六七八九十', 6)).toBe('一二三四五六…');
  });
});
