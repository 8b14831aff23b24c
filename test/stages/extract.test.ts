import { describe, expect, it } from 'vitest';
import { extractStage } from '../../src/stages/extract/extract-stage.ts';
import { htmlToText } from '../../src/stages/extract/html-to-text.ts';
import type { SourceDraft } from '../../src/model/items.ts';
import { runSourceStage } from '../helpers/run-stage.ts';

function htmlSource(...htmls: string[]): SourceDraft {
  return {
    source: { key: '/x.html', given: 'x.html', kind: 'file' },
    pages: htmls.map((text) => ({
      url: null,
      bytes: new Uint8Array(),
      declaredCharset: null,
      format: 'html' as const,
      charset: 'utf-8',
      text,
    })),
    text: '',
    title: null,
    publishedAt: null,
  };
}

describe('extract', () => {
  it('keeps paragraph and line breaks from p, br, div, li and headings', () => {
    const { text, title } =
      htmlToText(`<html><head><title>春晖中学工会工作总结</title><style>p{color:red}</style></head>
      <body><h1>春晖中学工会工作总结</h1><p>一、加强师德建设</p><p>本学期开展师德<b>演讲</b>比赛。<br>组织教师学习《教师法》。</p>
      <ul><li>1、召开教代会</li><li>2、慰问退休教师</li></ul><div>三月：庆“三八”活动</div>
      <script>document.write('广告')</script></body></html>`);
    expect(title).toBe('春晖中学工会工作总结');
    expect(text.split('\n').filter(Boolean)).toEqual([
      '春晖中学工会工作总结',
      '一、加强师德建设',
      '本学期开展师德演讲比赛。',
      '组织教师学习《教师法》。',
      '1、召开教代会',
      '2、慰问退休教师',
      '三月：庆“三八”活动',
    ]);
  });

  it('drops scripts, styles, comments and form controls', () => {
    const { text } = htmlToText(
      '<body><!-- 注释 --><noscript>请开启脚本</noscript><p>工会小组活动</p><select><option>选项</option></select><button>下载</button></body>',
    );
    expect(text).toBe('工会小组活动');
  });

  it('survives pathological nesting without overflowing the stack', () => {
    const depth = 100_000;
    const html = `<body>${'<div>'.repeat(depth)}深处的段落${'</div>'.repeat(depth)}</body>`;
    expect(htmlToText(html).text).toBe('深处的段落');
  });

  it('joins several pages in order and keeps the first title', () => {
    const { output, notes } = runSourceStage(
      extractStage,
      htmlSource('<title>计划</title><p>第一页内容</p>', '<title>计划</title><p>第二页内容</p>'),
    );
    expect(output.text).toBe('第一页内容\n第二页内容');
    expect(output.title).toBe('计划');
    expect(notes.filter((n) => n.rule === 'extract.whole-body')).toHaveLength(2);
    expect(notes.map((n) => n.rule)).toContain('extract.stitched');
  });

  it('fails clearly on a page that is only scripts and styles', () => {
    expect(() =>
      runSourceStage(
        extractStage,
        htmlSource(
          '<html><head><script>var a=1</script><style>b{}</style></head><body><script>x()</script></body></html>',
        ),
      ),
    ).toThrow(/no visible text/);
  });
});
