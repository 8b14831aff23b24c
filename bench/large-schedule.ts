// A very large text source of schedule lines (issue 19): a 文库 dump of many schedules pasted into one file,
// under the 20 MB --max-bytes default. Month headers (三月份：, 九月：, 七、八月份), numbered items (1、组织…), run-on
// lines holding several items, and some prose between schedules. Deterministic for a given seed; written to the
// path given (a temp folder), never committed.
import { closeSync, openSync, writeSync } from 'node:fs';
import { seededRandom as prng } from '../src/eval/seeded-random.ts';

const MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const ITEMS = [
  '组织教职工学习《工会法》和《教师法》，提高依法维权意识',
  '召开学校第五届教代会第三次会议，审议学校工作计划',
  '开展“三八”妇女节庆祝活动，组织女教职工外出踏青',
  '做好困难教职工的摸底调查和慰问工作',
  '组织教职工参加区教育系统羽毛球比赛',
  '开展师德师风建设月活动，签订师德承诺书',
  '组织教职工进行年度健康体检',
  '慰问生病住院的教职工和退休老教师',
  '开展“教师节”庆祝表彰活动，评选优秀班主任',
  '组织青年教师开展读书沙龙活动',
  '配合学校做好校务公开工作，公开学校财务收支情况',
  '组织教职工开展趣味运动会',
  '做好工会会员会费收缴和经费管理工作',
  '开展“送温暖”活动，走访慰问困难职工家庭',
  '组织重阳节退休教职工座谈会',
  '开展民主评议学校中层干部工作',
  '做好工会年度工作总结和考核工作',
  '组织教职工参加元旦迎新联欢会',
  '开展“五一”劳动节先进个人推荐评选',
  '组织新教师入职培训和师徒结对活动',
];
const PROSE = [
  '一年来，学校工会在上级工会和学校党支部的正确领导下，认真履行“维护、建设、参与、教育”四项基本职能，积极开展各项工作。',
  '为了进一步加强学校工会组织建设，充分发挥工会在学校民主管理中的作用，结合我校实际，特制定本学期工会工作计划。',
  '学校工会将继续坚持以人为本，关心教职工的工作和生活，切实维护教职工的合法权益，努力建设“教工之家”。',
];

/** Writes about `bytes` bytes of UTF-8 schedule text to `path`; returns the bytes written. */
export function writeLargeScheduleFile(path: string, bytes: number, seed = 19): number {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const fd = openSync(path, 'w');
  let written = 0;
  let buffer = '';
  const flush = () => {
    const chunk = Buffer.from(buffer, 'utf8');
    writeSync(fd, chunk);
    written += chunk.length;
    buffer = '';
  };
  try {
    buffer += '某某小学工会2015-2016学年度工作计划及活动安排\n';
    let school = 0;
    while (written + Buffer.byteLength(buffer) < bytes) {
      school++;
      if (rand() < 0.3) buffer += `${pick(PROSE)}\n`;
      if (rand() < 0.2) buffer += `工作安排（第${school}部分）：\n`;
      // One school year of months: September to July, sometimes a merged 七、八月份.
      for (const m of [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7]) {
        const header = m === 7 && rand() < 0.5 ? '七、八月份：' : rand() < 0.7 ? `${MONTHS[m - 1]}月份：` : `${m}月：`;
        const count = 2 + Math.floor(rand() * 4);
        const items = Array.from({ length: count }, (_, i) => `${i + 1}、${pick(ITEMS)}。`);
        // Half the months as one run-on line ("三月份：1、组织…。2、…"), half one item per line.
        buffer += rand() < 0.5 ? `${header}${items.join('')}\n` : `${header}\n${items.join('\n')}\n`;
      }
      if (buffer.length > 1 << 16) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return written;
}
