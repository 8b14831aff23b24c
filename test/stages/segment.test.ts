import { describe, expect, it } from 'vitest';
import { cutWords } from '../../src/stages/segment/jieba.ts';
import { paragraphsStage, splitParagraphs } from '../../src/stages/segment/paragraphs-stage.ts';
import { wordsStage } from '../../src/stages/segment/words-stage.ts';
import { documentFromText, runDocumentStage } from '../helpers/run-stage.ts';

describe('segment.paragraphs', () => {
  it('makes one paragraph per non-empty line and rewrites the text joined by \\n', () => {
    const { output } = runDocumentStage(
      paragraphsStage,
      documentFromText('一、指导思想\n\n  以人为本，服务教职工。\n二、主要工作\n'),
    );
    expect(output.paragraphs.map((p) => [p.index, p.text])).toEqual([
      [0, '一、指导思想'],
      [1, '以人为本，服务教职工。'],
      [2, '二、主要工作'],
    ]);
    expect(output.text).toBe('一、指导思想\n以人为本，服务教职工。\n二、主要工作');
  });

  it('gives no paragraphs for blank text', () => {
    expect(splitParagraphs(' \n \n')).toEqual([]);
  });
});

describe('segment.words', () => {
  it('keeps union vocabulary from the domain dictionary as single words', () => {
    const words = cutWords('坚持五必访制度，召开教代会，推进校务公开，建设模范职工之家，开展岗位练兵。');
    for (const w of ['五必访', '教代会', '校务公开', '模范职工之家', '岗位练兵']) expect(words).toContain(w);
    expect(words).not.toContain('，');
  });

  it('tokenises every paragraph of a document', () => {
    const doc = runDocumentStage(paragraphsStage, documentFromText('开展送温暖活动\n组织师德师风学习')).output;
    const { output } = runDocumentStage(wordsStage, doc);
    expect(output.paragraphs[0]!.tokens).toEqual(['开展', '送温暖', '活动']);
    expect(output.paragraphs[1]!.tokens).toContain('师德师风');
  });

  it('rejects a user dictionary path that does not exist, before jieba could abort the process', () => {
    expect(() => wordsStage.options.parse({ userDict: '/nonexistent/dict.txt' })).toThrow(/does not exist/);
  });
});
