// Sentences dated by a fixed-date festival at their head ("三八妇女节期间，…", "国庆前夕，…"), and the sentences
// a festival does not date.
import { describe, expect, it } from 'vitest';
import { activitiesOf } from '../../helpers/activities-of.ts';
import { activitiesStage } from '../../../src/stages/activities/activities-stage.ts';
import { findFestivalClauses } from '../../../src/stages/activities/festival-clauses.ts';
import { defaultActivityRules } from '../../../src/stages/activities/rules.ts';
import { paragraphsStage } from '../../../src/stages/segment/paragraphs-stage.ts';
import { documentFromText, runDocumentStage } from '../../helpers/run-stage.ts';

const rules = defaultActivityRules();
const dated = (text: string) =>
  findFestivalClauses(text, rules.anchors, rules.festivalTiming!).map((c) => [c.month, c.text]);

describe('festival-dated sentences', () => {
  it.each([
    [
      '三八妇女节期间，工会组织女教职工开展了插花艺术讲座。',
      [[3, '三八妇女节期间，工会组织女教职工开展了插花艺术讲座']],
    ],
    [
      '在第40个教师节来临之际，学校隆重表彰了一批优秀教师。',
      [[9, '在第40个教师节来临之际，学校隆重表彰了一批优秀教师']],
    ],
    // 前后 is the days around the festival, its own month (during), not 前 (the eve: May for 六一) — round 39b.
    [
      '同时,在六一节前后,校工会对教职工困难子女开展了走访慰问。',
      [[6, '在六一节前后,校工会对教职工困难子女开展了走访慰问']],
    ],
    ['在国庆节前后，工会组织退休教师参观新校区。', [[10, '在国庆节前后，工会组织退休教师参观新校区']]],
    // After 在: a description of the day ending in 的, an ordinal written with spaces, 国际 before the name.
    [
      '在第111 个国际“三八”妇女节到来之际，校工会为女会员举办茶艺讲座。',
      [[3, '在第111 个国际“三八”妇女节到来之际，校工会为女会员举办茶艺讲座']],
    ],
    [
      '在这春暖花开的第99个国际三八妇女节之际，工会组织女教职工踏青赏花。',
      [[3, '在这春暖花开的第99个国际三八妇女节之际，工会组织女教职工踏青赏花']],
    ],
    [
      '值此“六一”国际儿童节期间，工会为教职工子女举办游园活动。',
      [[6, '值此“六一”国际儿童节期间，工会为教职工子女举办游园活动']],
    ],
    ['3．教师节当天，校长为每位教师送上鲜花。', [[9, '教师节当天，校长为每位教师送上鲜花']]],
    // The eve of a festival on the first days of a month is in the month before.
    ['“五一”前夕，评选表彰了5名最美劳动者。', [[4, '“五一”前夕，评选表彰了5名最美劳动者']]],
    ['国庆前夕，工会举办了“我和我的祖国”歌咏比赛。', [[9, '国庆前夕，工会举办了“我和我的祖国”歌咏比赛']]],
    ['元旦前夕，工会举办迎新年联欢会。', [[12, '元旦前夕，工会举办迎新年联欢会']]],
    ['三八节前夕，为女教职工发放慰问品。', [[3, '三八节前夕，为女教职工发放慰问品']]],
    // A clause that is only the time dates the rest of its sentence.
    ['此项工作已接近尾声,在教师节前夕,我们将表彰一批先进个人。', [[9, '在教师节前夕,我们将表彰一批先进个人']]],
    // Two sentences, one dated by a festival.
    ['全年开展活动十余次。建军节期间，工会走访慰问了军属教职工。', [[8, '建军节期间，工会走访慰问了军属教职工']]],
    // A head that is only the festival's name places the sentence at it, like 期间.
    ['每年的妇女节，校工会都为女教工组织一次健步走。', [[3, '每年的妇女节，校工会都为女教工组织一次健步走']]],
    ['“六一”儿童节，工会为教职工子女赠送图书。', [[6, '“六一”儿童节，工会为教职工子女赠送图书']]],
    // A union or school as the subject before the time words.
    ['校工会在国庆期间组织教职工观看升旗仪式。', [[10, '校工会在国庆期间组织教职工观看升旗仪式']]],
    ['我们在"三八"节期间开展了女教职工趣味比赛。', [[3, '我们在"三八"节期间开展了女教职工趣味比赛']]],
    // A news desk before the time words.
    [
      '本报讯 在“六一”儿童节期间，校工会举办了亲子游园活动。',
      [[6, '本报讯 在“六一”儿童节期间，校工会举办了亲子游园活动']],
    ],
    // A later clause that holds its own deed right after the time.
    [
      '为了让困难教职工过一个温暖的节日,校工会在元旦期间走访慰问了12户困难家庭。',
      [[1, '校工会在元旦期间走访慰问了12户困难家庭']],
    ],
    [
      '本学期工作有序开展,在“六一”儿童节来临之际举办了亲子共读活动,反响良好。',
      [[5, '在“六一”儿童节来临之际举办了亲子共读活动,反响良好']],
    ],
    // The festival's full name with the deed right after it, no time word.
    [
      '利用教师节对从教三十年的老教师进行了表彰,大家深受鼓舞。',
      [[9, '利用教师节对从教三十年的老教师进行了表彰,大家深受鼓舞']],
    ],
    ['期末举办了联欢会,三八妇女节给全体女教工发放了慰问品。', [[3, '三八妇女节给全体女教工发放了慰问品']]],
    // An example's 如, a year, or a quote opened before 在 may stand before the festival.
    ['如2019年“五一”期间,工会举办了职工书画展。', [[5, '如2019年“五一”期间,工会举办了职工书画展']]],
    ['值此2023年元旦之际,校工会开展了送温暖活动。', [[1, '值此2023年元旦之际,校工会开展了送温暖活动']]],
    ['“在三八妇女节”来临之际,工会组织女教师观看了电影。', [[3, '“在三八妇女节”来临之际,工会组织女教师观看了电影']]],
    // A sentence that only greets the festival dates the next one, which tells what is done for it.
    [
      '春风送暖，我们又迎来了“三八”国际劳动妇女节。校工会决定组织全体女教工赴郊外踏青，安排如下：',
      [[3, '校工会决定组织全体女教工赴郊外踏青，安排如下：']],
    ],
    ['金秋时节，我们迎来第40个教师节。学校工会举办了教师风采展。', [[9, '学校工会举办了教师风采展']]],
    // A plan's opening that announces its festival programme is that programme, dated by the festival (the
    // real-page gold lists it, as analysts count the celebration once in its month).
    ['教师节期间，工会将开展如下活动：', [[9, '教师节期间，工会将开展如下活动：']]],
    // A sentence opening with the purpose of celebrating a festival reports what is held at it.
    [
      '为庆祝“六一”国际儿童节，校工会为教职工子女举办了亲子运动会。',
      [[6, '为庆祝“六一”国际儿童节，校工会为教职工子女举办了亲子运动会']],
    ],
    [
      '为了纪念“三·八”国际劳动妇女节，丰富女教工的业余生活，校工会组织了插花讲座。',
      [[3, '为了纪念“三·八”国际劳动妇女节，丰富女教工的业余生活，校工会组织了插花讲座']],
    ],
    [
      '今年是“三八”国际劳动妇女节115周年，为纪念这个节日，工会开展了女教工书画展。',
      [[3, '今年是“三八”国际劳动妇女节115周年，为纪念这个节日，工会开展了女教工书画展']],
    ],
    // A greeting may describe the day before naming it; planning the celebration is what is done for it.
    ['春风拂面，全校又迎来了一年一度的三八节。校工会举办了女教工茶话会。', [[3, '校工会举办了女教工茶话会']]],
    ['我们迎来了教师自己的节日——教师节。学校工会策划了一系列庆祝活动。', [[9, '学校工会策划了一系列庆祝活动']]],
  ])('%s', (text, expected) => {
    expect(dated(text)).toEqual(expected);
  });

  it.each([
    ['国庆节期间，天气晴好，校园秩序井然。', 'reports nothing done'],
    ['教职工王丽荣获三八红旗手称号，在全校大会上作了发言。', 'an honour title, not the festival'],
    ['为迎接教师节，我们在九月初组织了排练。', 'the festival is not at the head of the sentence with a time word'],
    ['春节前夕，工会走访慰问了困难教职工。', 'a lunar festival moves between January and February'],
    ['每逢元旦、春节，工会都要走访慰问困难教职工。', 'two festivals and no time word'],
    ['学校工会认真组织了三八节期间的各项活动', 'no head clause: the festival does not open the sentence'],
    ['工会组织教职工参加了国庆期间的志愿服务，受到好评。', 'a later clause that is more than the time'],
    ['三八妇女节，天气晴好。', 'the festival names no activity: nothing done'],
    ['教师王丽在三八节，获评校级优秀', 'a person, not a union or school, before the time words'],
    ['大家都很忙,王老师在国庆节组织了家庭出游。', 'a person before the festival in a later clause'],
    ['三八妇女节是女同胞的节日，也是我们的节日。', 'the full name with no deed beside it'],
    ['本月工作很多,三八节的活动经费已经到位。', 'a later clause with the festival and no deed'],
    ['我们迎来了三八妇女节，天气晴好。校园里桃花盛开。', 'a greeting, then a sentence that does nothing'],
    ['我们迎来了三八妇女节的各项检查。工会组织了自查。', 'no greeting: the festival is not what the sentence ends on'],
    ['为庆祝元旦、春节，工会组织了联欢会。', 'festivals months apart, one of them lunar: no month'],
    ['为庆祝教师节、国庆节，营造节日氛围。', 'a purpose, nothing done'],
    ['为庆祝学校成立六十周年，工会组织了合唱比赛。', 'no festival celebrated'],
  ])('dates nothing in %s (%s)', (text) => {
    expect(dated(text)).toEqual([]);
  });

  it('dates a sentence celebrating festivals of two neighbouring months over both months', () => {
    const found = findFestivalClauses(
      '为庆祝教师节、中秋节、国庆节，工会将组织“双节”系列活动，具体安排如下：',
      rules.anchors,
      rules.festivalTiming!,
    );
    expect(found.map((c) => [c.month, c.monthEnd, c.text])).toEqual([
      [9, 10, '为庆祝教师节、中秋节、国庆节，工会将组织“双节”系列活动，具体安排如下：'],
    ]);
  });

  it('reads a long run-on sentence of festival clauses as one sentence dated by its head', () => {
    const text = `${'国庆期间，天气晴好，'.repeat(3000)}国庆期间，工会组织了登山活动。`;
    const found = findFestivalClauses(text, rules.anchors, rules.festivalTiming!);
    expect(found.map((c) => [c.month, c.start, c.text.length, c.text.slice(-9)])).toEqual([
      [10, 0, text.length - 1, '工会组织了登山活动'],
    ]);
  });

  it('becomes a narrative activity with a festival-based month (not inferred), the document’s year, and its reason', () => {
    const base = runDocumentStage(
      paragraphsStage,
      documentFromText(
        '东湖中学2024年工会工作总结\n三八妇女节期间，组织女教职工开展趣味比赛。\n“五一”前夕，表彰了一批先进个人。',
      ),
    ).output;
    const { output } = runDocumentStage(activitiesStage, {
      ...base,
      meta: { ...base.meta, year: 2024, kind: 'summary' },
    });
    expect(output.activities.map((a) => [a.source, a.month, a.year, a.basis, a.monthInferred, a.confidence])).toEqual([
      ['narrative', 3, 2024, 'festival', false, 0.9],
      ['narrative', 4, 2024, 'festival', false, 0.8],
    ]);
    expect(output.activities[1]!.evidence).toContain('"“五一”前夕" (五一, 5月1日; its eve falls in the month before)');
  });

  it('ends a stated date’s clause at a later clause another month’s festival dates, and is ended by a later date', () => {
    const activities = activitiesOf(
      '总结\n二月举办了迎春联欢会,三八妇女节给全体女教工发放了慰问品,四月组织教职工观看了话剧。',
      { year: 2024 },
    );
    expect(activities.map((a) => [a.month, a.basis, a.text])).toEqual([
      [2, 'stated', '二月举办了迎春联欢会'],
      [3, 'festival', '三八妇女节给全体女教工发放了慰问品'],
      [4, 'stated', '四月组织教职工观看了话剧。'],
    ]);
  });

  it('reads the eve after an event dated in the festival’s month, before its day, as that event’s occasion', () => {
    const text = '在第115个国际妇女节来临之际，主席代表工会向女工委员致以问候，并安排了走访工作。';
    const after = activitiesOf(`3月2日上午，校工会召开女工委员会议。\n${text}`, { kind: 'other' });
    expect(after.map((a) => [a.month, a.basis])).toEqual([[3, 'stated']]);
    // Alone, or after an event of another month, the eve dates its sentence.
    expect(activitiesOf(text, { kind: 'other' }).map((a) => [a.month, a.basis])).toEqual([[3, 'festival']]);
    const later = activitiesOf(`2月20日，校工会召开委员会议。\n${text}`, { kind: 'other' });
    expect(later.map((a) => [a.month, a.basis])).toEqual([
      [2, 'stated'],
      [3, 'festival'],
    ]);
  });

  it('does not date again a sentence a stated month already dates', () => {
    const activities = activitiesOf('总结\n教师节期间，9月10日召开了庆祝表彰大会。', { year: 2024 });
    expect(activities.map((a) => [a.month, a.basis, a.monthInferred])).toEqual([[9, 'stated', false]]);
  });
});

describe("the festival's time after the subject's intent (决定在…, 将在…)", () => {
  it.each([
    [
      '为感谢教职工一年来的付出,学校决定在元旦前夕举行教职工迎新年联欢会。',
      [[12, '学校决定在元旦前夕举行教职工迎新年联欢会']],
    ],
    ['校工会拟于国庆前夕组织教职工登山比赛。', [[9, '校工会拟于国庆前夕组织教职工登山比赛']]],
    [
      // The eve is when the sentence is written; the later clause holds the deed at the festival itself.
      '“六一”儿童节即将来临,为让教职工子女过好节日,工会将在“六一”期间组织亲子游园。',
      [[6, '“六一”儿童节即将来临,为让教职工子女过好节日,工会将在“六一”期间组织亲子游园']],
    ],
    [
      // With no such clause, the eve dates the sentence.
      '“六一”儿童节即将来临,工会为教职工子女准备了节日礼物并组织了亲子游园。',
      [[5, '“六一”儿童节即将来临,工会为教职工子女准备了节日礼物并组织了亲子游园']],
    ],
  ])('%s', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe("the festival's time inside a clause, after its own subject or object (…学生在“六一”前夕…)", () => {
  it.each([
    [
      '对于全校30名困难学生在“六一”前夕联合妇联举行了“爱心助学”赠书仪式,每人得到了文具。',
      [[5, '对于全校30名困难学生在“六一”前夕联合妇联举行了“爱心助学”赠书仪式,每人得到了文具']],
    ],
    [
      // The deed need not be an action verb: the clause goes on past the time.
      '因此,号召全体职工在三八妇女节来临之际给自己的母亲寄一张贺卡,既让母亲收获惊喜,又增进感情。',
      [[3, '因此,号召全体职工在三八妇女节来临之际给自己的母亲寄一张贺卡,既让母亲收获惊喜,又增进感情']],
    ],
    [
      // A later clause: the item is the whole sentence.
      '一是每位党员确定一名学生作为结对对象,并在教师节前为结对的学生办一件实事;二是开展一次家访。',
      [[9, '一是每位党员确定一名学生作为结对对象,并在教师节前为结对的学生办一件实事']],
    ],
    [
      // The clause is its subject and the time alone; the deed is the next clause's.
      '为丰富女职工的业余生活,增进彼此的友谊,城南小学工会在“三八”妇女节来临之际,特举办女教工插花比赛。',
      [[3, '为丰富女职工的业余生活,增进彼此的友谊,城南小学工会在“三八”妇女节来临之际,特举办女教工插花比赛']],
    ],
  ])('%s', (text, want) => {
    expect(dated(text)).toEqual(want);
  });

  it.each([
    // After 让/使 the festival dates what people feel, not a deed.
    '走访慰问困难职工12人,让困难职工在国庆节期间感受到了组织的温暖。',
    // A bare verb after the time is no deed.
    '各部门职工在国庆节前完成。',
    // Nothing after the time in its clause.
    '各部门职工在国庆节前,认真总结。',
  ])('no festival item: %s', (text) => {
    expect(dated(text)).toEqual([]);
  });
});

describe('冬至, a solar term on 21–23 December, dates what is held at it', () => {
  it.each([
    ['its eve', '东湖中学工会工作计划\n在冬至到来之际,工会组织退休教师座谈。', 12],
    [
      'an event named after it',
      '东湖中学工会工作总结\n全年工会组织了元旦联欢、冬至包饺子活动等,丰富了教职工生活。',
      12,
    ],
  ])('%s', (_, doc, month) => {
    expect(activitiesOf(doc, { kind: 'summary' }).map((a) => [a.month, a.basis])).toContainEqual([month, 'festival']);
  });
});
