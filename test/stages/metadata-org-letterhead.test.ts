// A unit's letterhead — its name (and its union's or committee's) before 文件 or 函, maybe with the number's year
// after — issues the document, so that unit is its org (z011, z015 test11; v021 test9, whose letterhead stands above
// the title and which the splitter now keeps with the text; f016 test2 agrees). Every line is written for the test.
import { describe, expect, it } from 'vitest';
import { loadOrgSuffixes, OrganisationFinder } from '../../src/stages/metadata/organisation.ts';
import { splitCompilation } from '../../src/stages/split/compilations.ts';

const orgs = new OrganisationFinder(loadOrgSuffixes());

describe("a letterhead line names the document's org", () => {
  it.each([
    ['东湖学院工会委员会文件\n东院工发〔2021〕3号\n各分工会:\n现将有关事项通知如下:', '东湖学院'],
    ['西山县教师会   函\n联络人:某某\n受文者:本县各校教师会', '西山县教师会'],
    ['发布时间:2021-03-02\n\n机关第二党委函〔2023〕5号\n\n为加强党员教育管理,结合实际,建立本制度。', '机关第二党委'],
    ['北岭市城西污水处理厂工会文件\n北城厂工字[2012]1号\n为做好今年的工会工作,特制定本计划。', '北岭市城西污水处理厂'],
  ])('%s → %s', (text, org) => {
    expect(orgs.find('', text).org).toBe(org);
  });

  it.each([
    '各学校工会:\n请认真学习上级文件,做好传达工作。',
    '一、学习文件\n组织教职工学习有关文件。',
    '附件:关于召开教代会的函\n请各单位按时报送。',
  ])('a file or letter named in a sentence, or a heading, is no letterhead: %s', (text) => {
    expect(orgs.find('', text).org).toBeNull();
  });
});

describe('a letterhead above the title stays with the text', () => {
  const page = [
    '东湖学院工会委员会文件',
    '东院工发〔2021〕3号',
    '关于组织教职工开展秋季健步走活动的通知',
    '各分工会:',
    '为丰富教职工的业余生活,经研究,决定举办秋季登山活动。有关安排通知如下:',
    '一、活动时间安排在十月下旬的双休日。',
  ].join('\n');

  it('is the document’s first line, not page furniture', () => {
    const split = splitCompilation(page, null);
    expect(split.documents).toHaveLength(1);
    expect(split.documents[0]!.title).toBe('关于组织教职工开展秋季健步走活动的通知');
    expect(split.documents[0]!.text.split('\n')[0]).toBe('东湖学院工会委员会文件');
  });

  it('names the org through the text', () => {
    const doc = splitCompilation(page, null).documents[0]!;
    expect(orgs.find(doc.title ?? '', doc.text).org).toBe('东湖学院');
  });

  it('a site line above the title that only mentions a file is still dropped', () => {
    const split = splitCompilation(['相关文件', ...page.split('\n').slice(2)].join('\n'), null);
    expect(split.documents[0]!.text).not.toContain('相关文件');
  });
});
