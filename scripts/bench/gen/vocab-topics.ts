import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface BenchTopic {
  name: string;
  /** Words a question about the topic contains. */
  keywords: string[];
}

/** Common subjects of Chinese legal Q&A sites, with words askers use. */
const builtIn: BenchTopic[] = [
  { name: '个人信息保护', keywords: ['个人信息泄露', '个人信息'] },
  { name: '诈骗', keywords: ['诈骗', '被骗'] },
  { name: '劳动争议', keywords: ['拖欠工资', '辞退', '加班费'] },
  { name: '工伤', keywords: ['工伤', '工伤赔偿'] },
  { name: '离婚', keywords: ['离婚', '协议离婚'] },
  { name: '继承', keywords: ['遗产继承', '遗嘱'] },
  { name: '子女抚养', keywords: ['抚养费', '抚养权'] },
  { name: '民间借贷', keywords: ['借款不还', '欠款', '借条'] },
  { name: '交通事故', keywords: ['交通事故', '肇事逃逸'] },
  { name: '房产纠纷', keywords: ['房屋买卖', '购房合同'] },
  { name: '租赁', keywords: ['租房押金', '房东'] },
  { name: '拆迁补偿', keywords: ['拆迁', '征地补偿'] },
  { name: '消费维权', keywords: ['网购', '仅退款'] },
  { name: '合同纠纷', keywords: ['违约金', '合同违约'] },
  { name: '公司股权', keywords: ['股东', '股权转让'] },
  { name: '破产清算', keywords: ['破产清算'] },
  { name: '税务', keywords: ['个人所得税', '增值税发票'] },
  { name: '社会保险', keywords: ['社保', '养老保险'] },
  { name: '医疗纠纷', keywords: ['医疗事故', '医疗纠纷'] },
  { name: '刑事辩护', keywords: ['取保候审', '刑事拘留'] },
  { name: '盗窃', keywords: ['盗窃'] },
  { name: '故意伤害', keywords: ['故意伤害', '被殴打'] },
  { name: '酒驾醉驾', keywords: ['醉驾', '酒驾'] },
  { name: '毒品犯罪', keywords: ['毒品'] },
  { name: '赌博', keywords: ['赌博', '网络赌博'] },
  { name: '行政复议', keywords: ['行政复议'] },
  { name: '行政处罚', keywords: ['行政处罚', '罚款'] },
  { name: '知识产权', keywords: ['著作权', '商标侵权'] },
  { name: '未成年人保护', keywords: ['未成年人', '未成年孩子'] },
  { name: '家庭暴力', keywords: ['家暴', '家庭暴力'] },
  { name: '婚姻财产', keywords: ['彩礼', '夫妻共同财产'] },
  { name: '户籍证件', keywords: ['户口', '居住证', '护照'] },
  { name: '保险理赔', keywords: ['保险理赔'] },
  { name: '名誉权', keywords: ['名誉权', '网络谣言'] },
  { name: '强制执行', keywords: ['强制执行', '失信被执行人'] },
  { name: '劳动仲裁', keywords: ['劳动仲裁'] },
  { name: '食品安全', keywords: ['食品安全', '过期食品'] },
  { name: '物业纠纷', keywords: ['物业费', '物业公司'] },
  { name: '农村土地', keywords: ['宅基地', '土地承包'] },
  { name: '劳务派遣', keywords: ['劳务派遣', '派遣工'] },
];

export const TOPIC_COUNT = 40;

/** The project's content/topics.yaml first (so the ingest classifies them), then built-ins. */
export function loadTopics(topicsYaml: string): BenchTopic[] {
  const out: BenchTopic[] = [];
  if (existsSync(topicsYaml)) {
    const list = parse(readFileSync(topicsYaml, 'utf8')) as Array<Record<string, unknown>> | null;
    for (const entry of list ?? []) {
      const keywords = Array.isArray(entry['keywords'])
        ? entry['keywords'].filter((k): k is string => typeof k === 'string' && k.length > 0)
        : [];
      if (typeof entry['name'] === 'string' && keywords.length > 0) {
        out.push({ name: entry['name'], keywords });
      }
    }
  }
  for (const topic of builtIn) if (!out.some((t) => t.name === topic.name)) out.push(topic);
  return out.slice(0, TOPIC_COUNT);
}
