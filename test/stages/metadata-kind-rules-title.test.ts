// A text titled by a rule (…工作制度, …条例) is the rule itself, other, when it binds (应, 须, 不得) and fixes routines
// (每月…一次) as often as half its plan words (kind-evidence.json ruleWords); a year's plan filed under 制度 stays a
// plan. The rule's own year (2023年3月修订) is read as a document's, not as a news report's. Texts written for these
// tests in the shape of the spent splits' failures (a League committee's rules, a party branch's rules, a charter).
import { describe, expect, it } from 'vitest';
import { documentKind } from '../../src/stages/metadata/document-kind.ts';
import { metadataStage } from '../../src/stages/metadata/metadata-stage.ts';
import { newDocument } from '../../src/model/items.ts';
import { runDocumentStage } from '../helpers/run-stage.ts';

describe('a text titled by a rule', () => {
  it.each([
    [
      '城东学院团委工作制度',
      '(一)团委工作制度\n1、团委每月一般召开一次委员会议,研究部署团的工作,进一步加强团的组织建设。\n' +
        '2、团员应按时参加团的组织生活,不得无故缺席,积极开展志愿服务。\n3、团干部须带头遵守团的纪律,做好团员教育管理工作。\n' +
        '4、加强团费收缴和团籍管理,每学期进行一次团员教育评议。',
    ],
    [
      '实验幼儿园党支部主题党日工作制度',
      '2023年3月修订\n一、活动时间。党支部每月一般组织党员主题党日活动一次,时间相对固定。\n' +
        '二、活动对象。全体党员、预备党员都应参加,进一步加强党员教育。\n三、活动内容。围绕中心工作确定内容,' +
        '做好学习教育,不得以业务会议代替主题党日活动。',
    ],
  ])('%s that binds as a rule does is the rule, other', (title, text) => {
    const read = documentKind(title, text);
    expect(read.kind).toBe('other');
    expect(read.because).toContain('binds');
  });

  it("keeps a year's plan filed under 制度", () => {
    const text =
      '一、进一步加强工会组织建设,做好会员发展和会费收缴工作。\n二、进一步完善教代会制度,认真做好提案征集工作。\n' +
      '三、加强师德建设,开展师德师风主题教育活动。\n四、做好送温暖工作,慰问困难教职工,组织教职工体检。';
    expect(documentKind('工会工作制度', text).kind).toBe('plan');
  });

  it("takes the rule's own year from its opening, as a document's", () => {
    const text =
      '2023年3月修订\n一、活动时间。党支部每月一般组织党员主题党日活动一次,时间相对固定。\n' +
      '二、活动对象。全体党员、预备党员都应参加,进一步加强党员教育。\n三、活动内容。围绕中心工作确定内容,' +
      '做好学习教育,不得以业务会议代替主题党日活动。';
    const doc = newDocument('/x', 1, text, '实验幼儿园党支部主题党日工作制度');
    const { output } = runDocumentStage(metadataStage, doc, { currentYear: 2025 });
    expect(output.meta.kind).toBe('other');
    expect(output.meta.year).toBe(2023);
  });
});
