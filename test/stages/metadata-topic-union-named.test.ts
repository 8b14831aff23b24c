// On topic only when the text names the union (topic-terms.json namesNoUnion), and the union words inside other
// bodies' names (教工团支部, 家长教师会) count for no union (otherBodyNames). Texts written for these tests, in the
// shapes the thirteenth round's wide sample met on several sites (a retirees' office or a company visiting retired
// staff, a League branch of young teachers, a school's tourism plan, a society's plan).
import { describe, expect, it } from 'vitest';
import { documentTopic, loadTopicTerms } from '../../src/stages/metadata/topic.ts';

const terms = loadTopicTerms();
const decide = (title: string | null, text: string) => documentTopic(`${title ?? ''}\n${text}`, terms, title);
const topic = (title: string | null, text: string) => decide(title, text).onTopic;

describe('a text that never names the union is not union work', () => {
  it.each([
    [
      "a retirees' office visits retired staff",
      null,
      '年关将近,学校离退休工作处的同志分成四组,冒着寒风分头上门,看望了年事已高和卧病在家的退休教职工,带去慰问品和新年问候。' +
        '每到一处,慰问组都详细询问退休教职工的身体状况和生活情况,认真听取他们对学校发展的意见和建议。' +
        '退休教职工们对学校的关心表示感谢,纷纷表示将继续关心支持学校建设。此次慰问共走访退休教职工八十余人。' +
        '开展春节走访慰问是学校多年坚持的传统,让退休教职工感受到了学校大家庭的温暖,营造了尊老敬老的良好氛围。',
    ],
    [
      "a company's leaders visit its retired staff",
      null,
      '1月12日,春节前夕,公司几位领导分成三组上门看望退休职工,带去米、油和节日问候。' +
        '走访中,公司领导与退休职工亲切交谈,询问他们的健康状况和家庭情况,介绍公司一年来的发展变化。' +
        '退休职工对公司的关怀表示感谢,表示将一如既往地关心公司发展,为公司建设建言献策,贡献力量。' +
        '此次慰问活动加强了公司与退休职工的联系和沟通,让他们感受到公司的关心和爱护,增强了归属感和幸福感。' +
        '公司将继续做好退休职工的服务工作,把关心关爱落到实处。',
    ],
    [
      "a school's one-day tour for its staff",
      null,
      '一、活动时间:学校定于5月18日组织全体教职工赴东湖景区一日游。\n二、活动宗旨:放松身心、增进交流\n' +
        '三、活动对象:全体教职工\n四、活动安排:上午8:00在学校门口集合出发,乘车前往景区,游览湖光山色,' +
        '中午在景区餐厅统一用餐,餐后自由活动一小时,下午4:00准时返程。\n五、注意事项:全体教职工要听从安排,注意安全,按时集合,' +
        '不得单独行动,遇到问题及时与带队老师联系。活动费用由学校统一安排,返校后各年级组做好活动小结。',
    ],
  ])('%s', (_, title, text) => {
    expect(topic(title, text)).toBe(false);
    expect(decide(title, text).rival).toBe('names-no-union');
  });

  it.each([
    [
      "the staff's own sports meeting, titled so",
      '我校教工举行趣味运动会',
      '6月2日,为增强教职工体质,城南小学教工趣味运动会在操场举行,全校教职工踊跃报名,九十余名教工参加了拔河、跳绳、' +
        '投篮等项目。比赛中老师们相互鼓励,欢声笑语不断,增进了教工之间的感情,增强了教职工队伍的凝聚力。',
    ],
    ['a fragment too short to tell', null, '三、活动对象:全体教职工\n四、活动内容:慰问困难教职工'],
    [
      'a congress named in full',
      null,
      '3月5日,城西中学召开第三届教职工代表大会第二次会议,全体代表听取并审议了学校工作报告和财务工作报告,' +
        '讨论通过了教职工绩效考核方案。代表们围绕学校发展积极建言献策,会议收到代表提案十二件,会后将交有关部门办理答复。',
    ],
    [
      'the two congresses',
      null,
      '各位代表:提案是代表反映教职工意见的主要渠道,请大家在会前深入组室听取意见,认真撰写。' +
        '现将提案征集的有关事项通知如下:提案应围绕学校改革发展大局和教职工普遍关心的问题,一事一案,实事求是。',
    ],
  ])('%s stays union work', (_, title, text) => {
    expect(topic(title, text)).toBe(true);
  });
});

describe("the union word inside another body's name counts for no union", () => {
  it("a League branch of young teachers (教工团支部) plans the League's activities, the union named in passing", () => {
    const text =
      '一、活动目的\n为活跃青年教师的业余生活,教工团支部面向全体青年团员,举办一次主题教工团活动,' +
      '让青年同事在活动中相互熟悉、共同成长。\n二、参加人员:全体青年团员和新入职教师\n三、活动安排:\n' +
      '1.青年教师粉笔字展示\n2.超龄团员离团纪念会\n3.端午包粽子活动,工会提供场地、教工团支部组织。\n' +
      '城南中学教工团支部';
    expect(topic('青年教工团纪念建团系列活动方案', text)).toBe(false);
  });

  it("a parents' and teachers' association (家长教师会) is no teachers' union", () => {
    const text =
      '家长教师会章程\n一、本会名称为城东中学家长教师会,由家长会员及教师会员组成。\n二、本会宗旨为加强家长与学校之间的联系,' +
      '促进家校合作,协助学校推行各项教育活动,关心学生的学习与成长。\n三、会员大会每年召开一次,选出家长委员及教师委员' +
      '组成常务委员会,负责筹划及推行会务。\n四、家长会员须缴交会费,教师会员免缴。\n五、本会每学年举办亲子活动、' +
      '家长讲座及教师联谊活动,加强家长与教师的沟通。\n六、本章程经会员大会通过后施行,修订时亦同。';
    expect(topic('家长教师会章程', text)).toBe(false);
  });

  it("a teachers' union (教师会) and the union's own 教工 stay union work", () => {
    expect(topic('教师会年度报告', '本会代表出席教育局会议,为教师争取减少行政工作,并办理到校宣导讲座。')).toBe(true);
    expect(
      topic('校工会举办教工篮球赛', '4月10日,校工会举办教工篮球赛,各分工会组队参加,教工们赛出了风格,赛出了水平。'),
    ).toBe(true);
  });
});
