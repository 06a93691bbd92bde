import type { SourceId } from './types';

export const US_STATES = {
  AL: { en: 'Alabama', zh: '亚拉巴马州' },
  AK: { en: 'Alaska', zh: '阿拉斯加州' },
  AZ: { en: 'Arizona', zh: '亚利桑那州' },
  AR: { en: 'Arkansas', zh: '阿肯色州' },
  CA: { en: 'California', zh: '加利福尼亚州' },
  CO: { en: 'Colorado', zh: '科罗拉多州' },
  CT: { en: 'Connecticut', zh: '康涅狄格州' },
  DE: { en: 'Delaware', zh: '特拉华州' },
  DC: { en: 'District of Columbia', zh: '哥伦比亚特区' },
  FL: { en: 'Florida', zh: '佛罗里达州' },
  GA: { en: 'Georgia', zh: '佐治亚州' },
  HI: { en: 'Hawaii', zh: '夏威夷州' },
  ID: { en: 'Idaho', zh: '爱达荷州' },
  IL: { en: 'Illinois', zh: '伊利诺伊州' },
  IN: { en: 'Indiana', zh: '印第安纳州' },
  IA: { en: 'Iowa', zh: '艾奥瓦州' },
  KS: { en: 'Kansas', zh: '堪萨斯州' },
  KY: { en: 'Kentucky', zh: '肯塔基州' },
  LA: { en: 'Louisiana', zh: '路易斯安那州' },
  ME: { en: 'Maine', zh: '缅因州' },
  MD: { en: 'Maryland', zh: '马里兰州' },
  MA: { en: 'Massachusetts', zh: '马萨诸塞州' },
  MI: { en: 'Michigan', zh: '密歇根州' },
  MN: { en: 'Minnesota', zh: '明尼苏达州' },
  MS: { en: 'Mississippi', zh: '密西西比州' },
  MO: { en: 'Missouri', zh: '密苏里州' },
  MT: { en: 'Montana', zh: '蒙大拿州' },
  NE: { en: 'Nebraska', zh: '内布拉斯加州' },
  NV: { en: 'Nevada', zh: '内华达州' },
  NH: { en: 'New Hampshire', zh: '新罕布什尔州' },
  NJ: { en: 'New Jersey', zh: '新泽西州' },
  NM: { en: 'New Mexico', zh: '新墨西哥州' },
  NY: { en: 'New York', zh: '纽约州' },
  NC: { en: 'North Carolina', zh: '北卡罗来纳州' },
  ND: { en: 'North Dakota', zh: '北达科他州' },
  OH: { en: 'Ohio', zh: '俄亥俄州' },
  OK: { en: 'Oklahoma', zh: '俄克拉何马州' },
  OR: { en: 'Oregon', zh: '俄勒冈州' },
  PA: { en: 'Pennsylvania', zh: '宾夕法尼亚州' },
  RI: { en: 'Rhode Island', zh: '罗得岛州' },
  SC: { en: 'South Carolina', zh: '南卡罗来纳州' },
  SD: { en: 'South Dakota', zh: '南达科他州' },
  TN: { en: 'Tennessee', zh: '田纳西州' },
  TX: { en: 'Texas', zh: '得克萨斯州' },
  UT: { en: 'Utah', zh: '犹他州' },
  VT: { en: 'Vermont', zh: '佛蒙特州' },
  VA: { en: 'Virginia', zh: '弗吉尼亚州' },
  WA: { en: 'Washington', zh: '华盛顿州' },
  WV: { en: 'West Virginia', zh: '西弗吉尼亚州' },
  WI: { en: 'Wisconsin', zh: '威斯康星州' },
  WY: { en: 'Wyoming', zh: '怀俄明州' },
} as const satisfies Record<string, { en: string; zh: string }>;

export type UsStateCode = keyof typeof US_STATES;

/** US Census Bureau Midwest Region: East North Central + West North Central (12 states). */
export const MIDWEST = {
  eastNorthCentral: ['IL', 'IN', 'MI', 'OH', 'WI'],
  westNorthCentral: ['IA', 'KS', 'MN', 'MO', 'NE', 'ND', 'SD'],
  sources: ['S139', 'S140', 'S141'],
} as const satisfies {
  eastNorthCentral: readonly UsStateCode[];
  westNorthCentral: readonly UsStateCode[];
  sources: readonly SourceId[];
};

export const MIDWEST_STATES: readonly UsStateCode[] = [...MIDWEST.eastNorthCentral, ...MIDWEST.westNorthCentral];
