// classify.functions: labels each paragraph with the union functions it serves (维权 / 参与 / 建设 / 教育,
// several or none, by docs/codebook.md), a calibrated score per function, and the few terms or the heading
// that drove each label. The model file is read once when the stage is built.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { FUNCTION_LABELS, type FunctionLabel } from '../../model/items.ts';
import { defineDocumentStage } from '../../model/stage.ts';
import { ParagraphClassifier } from './classifier.ts';
import { DEFAULT_MODEL } from './model.ts';

export const classifyStage = defineDocumentStage({
  name: 'classify.functions',
  // 3: character bigrams for 建设 (features.ts charBigrams, model.ts e).
  // 4: closing evaluations of an event (此次活动丰富了…) are none (effect-closing.ts).
  // 5: the closing rule reads an event's holding as its subject and any adverb in 地 before the effect.
  // 6: the closing rule reads more shapes (the bare 活动 or a named 比赛 as subject, 帮助/让 members 放松身心, the
  // members then what they felt, 为…提供了…平台, 取得了良好的效果), and a hope, an effect on the future or a motto is no commitment.
  // 7: who made which report decides a meeting report's function (meeting-report.ts): the head's work report 参与,
  // the union's own report or review 建设.
  // 8: labels a paragraph's shape denies are dropped (label-drop.ts): a care event (festival gifts, visits to retired
  // or ill members, a collective birthday) with no cultural, sport or study activity is 维权 without 教育; a staff
  // congress's own business (its delegates' election, its preparation, its motions judged for merit) 参与 without 建设.
  // 9: any speaker's review of the union's own work (对…工会工作进行了总结) and a first clause naming the union's own
  // organisation (健全组织, 建章立制, 工会的作风建设) are 建设 (meeting-report.json); teaching
  // skill (基本功比赛, 青蓝工程) is 建设 without 教育, an activity plan's preamble naming no activity is none (label-drop.json).
  // 10: the union's regular meetings (坚持例会制度, 定期召开工会委员会议) are 建设, a recuperation trip it organises
  // (组织…疗休养) 维权 without 建设 or 教育 (meeting-report.json); an event's 成功开展 opens a closing evaluation.
  // 11: a paragraph that is one sentence stating only a purpose (为了丰富…, 表达…关怀) loses 教育 (label-drop.json).
  // 12: the union's own meetings, plans, work report and 教工之家 inspections are 建设; the staff congress convened by
  // its session and its proceedings (预备会议, 代表团, 分组讨论) 参与, its proceedings without 建设 (meeting-report.json);
  // the chair's review of union work is read when it ends its clause.
  // 13: a leader's reported remarks (a person, then 强调/指出/要求/表示) that name no concrete union work lose 建设 and
  // 维权 (label-drop.json reported-speech-without-work): a stance or exhortation, none by the codebook.
  // 14: a line that only says who chairs, hosts, organises or attends an event told elsewhere (every sentence such a
  // line) and a participants' or organisers' field line carry no function, read before the meeting-report shapes
  // (label-drop.json host-attendance-only, attendance-field-line; gold audit 11a).
  // 15: a sports or fun contest's format, rules and results (赛制, 混合团体赛, 五局三胜制, 循环赛, 冠军, 团体总分) keep
  // 教育 and lose the 建设 and 参与 the model reads from 工会小组 and 代表队 (label-drop.json contest-format-without-work).
  // 16: the recipients' thanks for a visit or the school's care (…对工会的慰问表示谢意, 感谢学院的安排) that name no gift,
  // money, visit or service lose 维权 (label-drop.json thanks-for-care-without-care).
  // 17: an item whose own first clause names the staff congress, open affairs, 参政议政 or 民主管理 (教代会制度, 园务公开
  // 制度, 召开…教职工代表大会) loses the 维权 its heading (…维护教职工的合法权益) lends it, unless it names rights work itself
  // (label-drop.json participation-item-without-rights).
  // 18: a leader's or guest's spoken greeting, wishes or thanks (…向全体女教工致以节日的问候, 致辞, 表示感谢) that name no
  // birthday, gift, money, visit, check-up, help or message sent lose 维权 (label-drop.json spoken-greeting-without-care;
  // gold audit 12).
  // 19: the union's own committee formed or its make-up told (本届工会委员会由…组成, 优化工会委员会构成, 成立了…新一届女职工
  // 委员会, 部门工会正式成立) is 建设 (meeting-report.json union-committee-formed); a union meeting's ordinal may come before
  // 工作 (女职工委员会第一次工作会议, union-own-meeting); the union's funds drawn or accounted (提取工会经费, 工会经费使用情况) are
  // 建设 (union-funds-accounted).
  // 20: a closing evaluation may stand in a later sentence when no sentence before it tells a deed (a saying, the
  // event's meaning or its atmosphere first), and it reads more shapes (本届…, 活动的开展, 既是…也是…, the atmosphere
  // then what it showed, the members' words after the event, a speaker's quote, 点评：, more effect words) (effect-closing.json).
  // 21: an honour the unit, its union or a union body receives for the union's own work or its 家 (被…工会授予先进工会,
  // 工会工作先进单位, 模范职工之家, 职工书屋示范点, 五一劳动奖状, 巾帼文明岗) is 建设 (meeting-report.json
  // union-honour-received; gold audit 14a).
  // 22: a send-off the union holds for retiring members (为…退休…举行欢送会/荣休仪式, 举行了…退休教师欢送会) is 维权
  // without the 参与 the model reads from 会议 (meeting-report.json retiree-send-off).
  // 23: a staff congress called 教职工代表会议 is convened like the others, and members only attending it (工会会员参加了
  // 本次会议) no longer keep the 建设 a congress's opening loses (meeting-report.json congress-held).
  // 24: the union's own publicity (its 宣传阵地 and web page, news of its work published, news material collected) is
  // 建设 (meeting-report.json union-publicity).
  // 25: building, opening or touring the union's 家 told in a paragraph's first sentence (深化职工之家建设, 就…教工小家建设…进行了
  // 讨论, 考察了…职工之家活动中心) is 建设 (meeting-report.json union-home-built).
  // 26: a sports or fun event told on its own (运动会, 趣味比赛, 健步走, 登山, 知识竞赛, 健身月) keeps 教育 and loses the 建设 the
  // model reads from 竞赛, 工会小组 or a purpose's 推进…建设 (label-drop.json sport-event-without-work).
  // 27: an appraisal of the union's or the unit's work (对…工会的工作做了充分的肯定, …表示满意) naming no concrete union work is a
  // stance and loses 建设 and 维权 (label-drop.json appraisal-without-work; gold audit 11b).
  // 28: the union's report adopted by resolution at a congress (the joint 教代会、工会工作报告 adopted by a 决议) and its committee elected or added
  // to (增选了…分工会委员会委员) are 建设 (meeting-report.json union-report-resolution, union-committee-elected).
  // 29: model workers visited with festival greetings or help (对…劳动模范…进行节日慰问) are 维权 without 建设 (label-drop.json
  // model-workers-cared-for).
  // 30: members' ethics and law study (师德建设, 依法治校, 法律意识) keeps 教育 and loses the 建设 the model reads from 建设 and 教师
  // (label-drop.json ethics-or-law-study-without-work).
  version: 30,
  description:
    'Label paragraphs with the union functions 维权/参与/建设/教育 (scores and reasons) with the trained model.',
  options: z
    .strictObject({
      /** A model file written by "gonghui train --out"; defaults to the bundled src/stages/classify/data/model.json. */
      model: z.string().min(1).nullable().optional(),
      /** Filled in from the model file (any value given is recomputed); accepted so parsed options parse again. */
      modelSha256: z.string().optional(),
    })
    .transform((options, ctx) => {
      const path = options.model ? resolve(options.model) : DEFAULT_MODEL;
      if (!existsSync(path)) {
        ctx.addIssue({ code: 'custom', path: ['model'], message: `model file does not exist: ${path}` });
        return z.NEVER;
      }
      // The model's fingerprint is part of the options, so retraining changes the pipeline hash and
      // `gonghui ingest` relabels sources processed with the old model.
      return {
        model: options.model ?? null,
        modelSha256: createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16),
      };
    }),
  create: (options) => {
    const classifier = ParagraphClassifier.load({ model: options.model ? resolve(options.model) : DEFAULT_MODEL });
    return (doc, ctx) => {
      const counts = new Map<FunctionLabel, number>(FUNCTION_LABELS.map((l) => [l, 0]));
      let unlabelled = 0;
      let structure = 0;
      const paragraphs = doc.paragraphs.map((p) => {
        // Month headers, dates, sign-offs, the title and generic headings are structure (segment.paragraphs):
        // the codebook codes them none, and a label there would count in the function shares.
        if (p.structure) {
          structure++;
          return { ...p, labels: [], scores: {}, reasons: {} };
        }
        const headings = p.headings ?? (p.heading ? [p.heading] : []);
        const result = classifier.classify({
          text: p.text,
          tokens: p.tokens.length > 0 ? p.tokens : undefined,
          headings,
        });
        for (const l of result.labels) counts.set(l, counts.get(l)! + 1);
        if (result.labels.length === 0) unlabelled++;
        return { ...p, labels: result.labels, scores: result.scores, reasons: result.reasons };
      });
      if (paragraphs.length > 0) {
        ctx.note({
          rule: 'classify.functions',
          reason: `${paragraphs.length} paragraph(s): ${[...counts].map(([l, n]) => `${l} ${n}`).join(', ')}, none ${unlabelled}, structure lines skipped ${structure} (model ${options.modelSha256}; reasons per paragraph in paragraphs.reasons)`,
        });
      }
      return { ...doc, paragraphs };
    };
  },
});
