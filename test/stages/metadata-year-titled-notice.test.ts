// A document titled as a notice (…的通知) reads as a headline, so its year was read as a news item's, where a day set
// ahead (定于, 将于) is no event's. A notice announces its event: the full date its opening sets is its year (SCHEMA
// audit 3; x018, z016, a wide-sample page). Every line is written for the test.
import { describe, expect, it } from 'vitest';
import { documentYear } from '../../src/stages/metadata/document-year.ts';
import { isAnnouncingNoticeTitle } from '../../src/lexicon/layout/titles.ts';
import { metadataStage } from '../../src/stages/metadata/metadata-stage.ts';
import { runDocumentStage } from '../helpers/run-stage.ts';
import { newDocument } from '../../src/model/items.ts';

const NOW = 2026;
const TITLE = '关于召开东湖小学第三届教代会第二次会议的通知';
const TEXT = [
  '各工会小组:',
  '经学校党委研究同意,定于2019年3月9日至10日召开第三届教职工代表大会第二次会议,现将有关事项通知如下:',
  '一、会议议程',
  '听取校长工作报告。',
].join('\n');

describe('a titled notice', () => {
  it('names itself a notice', () => {
    expect(isAnnouncingNoticeTitle(TITLE)).toBe(true);
    expect(isAnnouncingNoticeTitle('东湖小学召开第三届教代会第二次会议')).toBe(false);
  });

  it('takes the date its opening sets its event on', () => {
    expect(documentYear(TITLE, TEXT, NOW, { titleOnly: true, newsOpening: TEXT, announcement: true }).year).toBe(2019);
  });

  it('the metadata stage reads it so', () => {
    const { output } = runDocumentStage(metadataStage, newDocument('/x', 1, TEXT, TITLE), { currentYear: NOW });
    expect(output.meta.kind).toBe('other');
    expect(output.meta.year).toBe(2019);
  });

  it('a news item sets no year by a day its meeting set ahead', () => {
    expect(documentYear('东湖小学召开工会委员会议', TEXT, NOW, { titleOnly: true, newsOpening: TEXT }).year).toBeNull();
  });
});
