// s44: chrome left on test20's pages after its one measurement, caught by a rule for its shape: platform and
// software furniture that prints the same words on every page it serves. Every line here is written for this test
// in the shape seen, never copied from a page.
import { describe, expect, it } from 'vitest';
import { loadChromeModel, removeChromeLines } from '../../src/stages/clean/chrome-lines.ts';
import { loadRules } from '../../src/stages/clean/boilerplate-rules.ts';
import { removeBoilerplate } from '../../src/stages/clean/boilerplate-stage.ts';

const rules = loadRules();
const clean = (text: string) => removeBoilerplate(text, rules);
const HEADLINE = '东湖中学工会举办女教职工趣味运动会';
const REPORT = '3月8日下午,东湖中学工会在学校操场举办女教职工趣味运动会,六十余名女教职工参加。';
const CLOSING = '活动让女教职工在紧张的工作之余放松了身心。';

describe('s44: platform and site furniture', () => {
  it.each([
    [
      'site-disclaimer',
      '特别声明:以上内容(如有图片或视频亦包括在内)为自媒体平台“某某号”用户上传并发布,本平台仅提供信息存储服务。',
    ],
    [
      'platform-notice',
      'Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user.',
    ],
    ['platform-notice', '>>免责声明'],
    ['platform-notice', 'Notice：The content above is uploaded and posted by a user of the platform.'],
    ['copyright', '凡本网注明“来源:某某新闻网”的所有作品,版权均属于某某新闻网。如转载,须注明来源。'],
    ['breadcrumb', '您所在的位置:'],
    ['image-file-line', 'WechatIMG3f2a9c0b17d84e6e9a51c2d0b7e4f688.jpeg'],
  ])('%s: %s goes, the report stays', (rule, line) => {
    const { text, removals } = clean(`${HEADLINE}\n${REPORT}\n${line}\n${CLOSING}`);
    expect(text).toBe(`${HEADLINE}\n${REPORT}\n${CLOSING}`);
    expect(removals).toContainEqual(expect.objectContaining({ rule }));
  });

  it("a document-sharing site's banner glued to the file's first line goes, the line's own words stay", () => {
    expect(clean('精品文档---下载后可任意编辑 某某公司工会2024年工作要点').text).toBe('某某公司工会2024年工作要点');
  });

  it("a plan's own lines about statements, copyright, positions and photos stay", () => {
    const page = [
      '三、工作安排',
      '1、组织教职工学习《著作权法》,尊重他人版权,引用须注明来源。',
      '2、工会主席作述职声明,接受教职工代表评议。',
      '3、各分工会报送活动照片(jpg格式)至工会邮箱。',
      '4、您所在的位置不同,报名方式不同:本部教师到工会办公室报名。',
      // review: a plan's own rules on copyright and an outing's waiver heading are its text
      '5、加强知识产权保护,教职工科研成果版权均属于学校,不得私自转让。',
      '教师在职期间完成的教学课件,其版权属于学校所有。',
      '免责声明',
      '参加活动的教职工须签署安全责任书。',
    ].join('\n');
    expect(clean(page).text).toBe(page);
  });
});

describe("s44: an office's drafting chain closing a report", () => {
  const model = loadChromeModel();
  it('(拟稿人:某某 核稿人:某某) after the last sentence goes, the sentence stays', () => {
    const page = `${HEADLINE}\n${REPORT}\n${CLOSING}(拟稿人:王某某  核稿人:李某某)`;
    const { text } = removeChromeLines(page, model);
    expect(text).toBe(`${HEADLINE}\n${REPORT}\n${CLOSING}`);
  });

  it("a plan's item naming who drafts and checks a text stays", () => {
    const page = `${HEADLINE}\n${REPORT}\n4、工作方案由办公室拟稿,工会主席核稿后签发。`;
    expect(removeChromeLines(page, model).text).toBe(page);
  });
});
