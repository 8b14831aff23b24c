import { describe, expect, it } from 'vitest';
import { leadBeforeSections, loadOrgSuffixes, OrganisationFinder } from '../../src/stages/metadata/organisation.ts';

// The level union that acts is read in a report's lead, never in a plan's numbered items (round 41's rule, narrowed).
describe('leadBeforeSections', () => {
  it.each([
    [
      '东湖县教育工会举办教工书画展\n本月10日，县教育工会在文化馆举办书画展。\n一、展品征集',
      '东湖县教育工会举办教工书画展\n本月10日，县教育工会在文化馆举办书画展。',
    ],
    ['一、重点工作\n1、健全教代会制度。\n2、县教育工会组织教师演讲比赛。', ''],
    ['工作要点\n（一）加强组织建设\n市教育工会组织工会干部培训。', '工作要点'],
    [
      '根据上级通知精神，市教育工会组织开展了书法比赛。\n各校踊跃参加。',
      '根据上级通知精神，市教育工会组织开展了书法比赛。\n各校踊跃参加。',
    ],
  ])('%s', (opening, lead) => {
    expect(leadBeforeSections(opening)).toBe(lead);
  });
});

describe("a plan's items naming the level union that runs an event", () => {
  const orgs = new OrganisationFinder(loadOrgSuffixes());
  it('name no org: the union acts in a numbered item, not in a lead', () => {
    const plan =
      '一、重点工作\n1、健全教代会制度,开展教代会工作检查。\n2、职能工作。围绕质量年,区教育工会组织教师演讲比赛。';
    expect(orgs.find('', plan).org).toBeNull();
  });
  it('a notice whose lead has the union acting still names it', () => {
    const notice = '根据上级通知精神,市教育工会组织开展了教职工书法比赛。\n一、比赛时间\n二、参赛对象';
    expect(orgs.find('', notice).org).toBe('市教育');
  });
});
