import type { CatalogueName } from './catalogue-foods';

// HS chapters 61 (knitted or crocheted) and 62 (not knitted) at 6-digit level, HS 2022 nomenclature [S97][S98].
// Every subheading shares the apparel rules (VAT 13%, no consumption tax, GB 18401, GB 5296.4, CBEC list
// [S66][S26a][S101][S102]), so the names are composed from the heading's garment and the subheading's fibre.

type Fibre =
  | 'wool'
  | 'woolOnly'
  | 'cashmere'
  | 'fineHair'
  | 'cotton'
  | 'synthetic'
  | 'artificial'
  | 'manMade'
  | 'silk'
  | 'other'
  | 'any';

const FIBRES: Record<Fibre, { en: string; zh: string; keywords: string[] }> = {
  wool: { en: 'of wool or fine animal hair', zh: '羊毛或动物细毛制', keywords: ['wool', 'merino', '羊毛'] },
  woolOnly: { en: 'of wool', zh: '羊毛制', keywords: ['wool', 'merino', '羊毛'] },
  cashmere: { en: 'of Kashmir (cashmere) goats', zh: '山羊绒制', keywords: ['cashmere', '羊绒'] },
  fineHair: { en: 'of other fine animal hair', zh: '其他动物细毛制', keywords: ['alpaca', 'mohair', 'angora'] },
  cotton: { en: 'of cotton', zh: '棉制', keywords: ['cotton', '棉'] },
  synthetic: {
    en: 'of synthetic fibres',
    zh: '合成纤维制',
    keywords: ['polyester', 'nylon', 'synthetic', 'fleece', '涤纶'],
  },
  artificial: { en: 'of artificial fibres', zh: '人造纤维制', keywords: ['rayon', 'viscose', 'modal', '人造丝'] },
  manMade: {
    en: 'of man-made fibres',
    zh: '化学纤维制',
    keywords: ['polyester', 'nylon', 'synthetic', 'fleece', 'rayon', '化纤'],
  },
  silk: { en: 'of silk or silk waste', zh: '丝或绢丝制', keywords: ['silk', '丝绸', '真丝'] },
  other: { en: 'of other textile materials', zh: '其他纺织材料制', keywords: ['linen', 'hemp', '亚麻'] },
  any: { en: '', zh: '', keywords: [] },
};

export interface ApparelEntry extends CatalogueName {
  readonly childrensWear: boolean;
}

const out: ApparelEntry[] = [];

function heading(
  hs4: string,
  garment: { en: string; zh: string },
  subheadings: Readonly<Record<string, Fibre>>,
  keywords: readonly string[],
  childrensWear = false,
) {
  const knitted = hs4.startsWith('61');
  for (const [sub, fibre] of Object.entries(subheadings)) {
    const f = FIBRES[fibre];
    out.push({
      hs6: `${hs4}${sub}`,
      en: [garment.en, knitted ? 'knitted or crocheted' : 'not knitted', f.en].filter(Boolean).join(', '),
      zh: `${f.zh}${knitted ? '针织或钩编' : '非针织'}${garment.zh}`,
      keywords: [...keywords, ...f.keywords],
      childrensWear,
    });
  }
}

const COATS = ['coat', 'overcoat', 'anorak', 'parka', 'jacket', 'windbreaker', '大衣', '外套', '风衣'];
const SUITS = ['suit', '西服', '套装'];
const ENSEMBLES = ['ensemble', 'set', '套装'];
const JACKETS = ['jacket', 'blazer', '上衣', '夹克'];
const TROUSERS = ['trousers', 'pants', 'jeans', 'shorts', 'overalls', '长裤', '短裤', '牛仔裤'];
const DRESSES = ['dress', '连衣裙'];
const SKIRTS = ['skirt', '裙子', '半身裙'];
const SHIRTS = ['shirt', 'blouse', 'polo', '衬衫'];
const UNDERWEAR = ['underwear', 'briefs', 'boxers', 'lingerie', '内裤', '内衣'];
const SLEEPWEAR = ['pyjamas', 'pajamas', 'nightwear', 'sleepwear', 'robe', 'bathrobe', '睡衣', '浴衣'];
const BABY = ['baby', 'infant', 'onesie', "children's wear", 'kids', '婴儿', '童装'];
const MEN = { en: "Men's or boys' ", zh: '男式' };
const WOMEN = { en: "Women's or girls' ", zh: '女式' };
const g = (who: { en: string; zh: string }, en: string, zh: string) => ({ en: `${who.en}${en}`, zh: `${who.zh}${zh}` });

// Chapter 61: knitted or crocheted
heading(
  '6101',
  g(MEN, 'overcoats, anoraks, windcheaters and similar', '大衣、防寒短上衣、防风衣及类似品'),
  { 20: 'cotton', 30: 'manMade', 90: 'other' },
  COATS,
);
heading(
  '6102',
  g(WOMEN, 'overcoats, anoraks, windcheaters and similar', '大衣、防寒短上衣、防风衣及类似品'),
  { 10: 'wool', 20: 'cotton', 30: 'manMade', 90: 'other' },
  COATS,
);
heading('6103', g(MEN, 'suits', '西服套装'), { 10: 'any' }, SUITS);
heading('6103', g(MEN, 'ensembles', '便服套装'), { 22: 'cotton', 23: 'synthetic', 29: 'other' }, ENSEMBLES);
heading(
  '6103',
  g(MEN, 'jackets and blazers', '上衣'),
  { 31: 'wool', 32: 'cotton', 33: 'synthetic', 39: 'other' },
  JACKETS,
);
heading(
  '6103',
  g(MEN, 'trousers, bib overalls, breeches and shorts', '长裤、护胸背带工装裤、马裤及短裤'),
  { 41: 'wool', 42: 'cotton', 43: 'synthetic', 49: 'other' },
  TROUSERS,
);
heading('6104', g(WOMEN, 'suits', '西服套装'), { 13: 'synthetic', 19: 'other' }, SUITS);
heading('6104', g(WOMEN, 'ensembles', '便服套装'), { 22: 'cotton', 23: 'synthetic', 29: 'other' }, ENSEMBLES);
heading(
  '6104',
  g(WOMEN, 'jackets and blazers', '上衣'),
  { 31: 'wool', 32: 'cotton', 33: 'synthetic', 39: 'other' },
  JACKETS,
);
heading(
  '6104',
  g(WOMEN, 'dresses', '连衣裙'),
  { 41: 'wool', 42: 'cotton', 43: 'synthetic', 44: 'artificial', 49: 'other' },
  DRESSES,
);
heading(
  '6104',
  g(WOMEN, 'skirts and divided skirts', '裙子及裙裤'),
  { 51: 'wool', 52: 'cotton', 53: 'synthetic', 59: 'other' },
  SKIRTS,
);
heading(
  '6104',
  g(WOMEN, 'trousers, bib overalls, breeches and shorts', '长裤、护胸背带工装裤、马裤及短裤'),
  { 61: 'wool', 62: 'cotton', 63: 'synthetic', 69: 'other' },
  TROUSERS,
);
heading('6105', g(MEN, 'shirts', '衬衫'), { 10: 'cotton', 20: 'manMade', 90: 'other' }, SHIRTS);
heading('6106', g(WOMEN, 'blouses and shirts', '衬衫'), { 10: 'cotton', 20: 'manMade', 90: 'other' }, SHIRTS);
heading('6107', g(MEN, 'underpants and briefs', '内裤'), { 11: 'cotton', 12: 'manMade', 19: 'other' }, UNDERWEAR);
heading('6107', g(MEN, 'nightshirts and pyjamas', '睡衣裤'), { 21: 'cotton', 22: 'manMade', 29: 'other' }, SLEEPWEAR);
heading(
  '6107',
  g(MEN, 'bathrobes, dressing gowns and similar', '浴衣、晨衣及类似品'),
  { 91: 'cotton', 99: 'other' },
  SLEEPWEAR,
);
heading('6108', g(WOMEN, 'slips and petticoats', '长衬裙及衬裙'), { 11: 'manMade', 19: 'other' }, UNDERWEAR);
heading(
  '6108',
  g(WOMEN, 'briefs and panties', '三角裤及短衬裤'),
  { 21: 'cotton', 22: 'manMade', 29: 'other' },
  UNDERWEAR,
);
heading(
  '6108',
  g(WOMEN, 'nightdresses and pyjamas', '睡衣及睡衣裤'),
  { 31: 'cotton', 32: 'manMade', 39: 'other' },
  SLEEPWEAR,
);
heading(
  '6108',
  g(WOMEN, 'négligés, bathrobes, dressing gowns and similar', '浴衣、晨衣及类似品'),
  { 91: 'cotton', 92: 'manMade', 99: 'other' },
  SLEEPWEAR,
);
heading(
  '6109',
  { en: 'T-shirts, singlets and other vests', zh: 'T恤衫、汗衫及其他背心' },
  { 10: 'cotton', 90: 'other' },
  ['t-shirt', 'tee', 'tank top', 'T恤', '背心'],
);
heading(
  '6110',
  {
    en: 'Jerseys, pullovers, cardigans, sweatshirts, waistcoats and similar articles',
    zh: '套头衫、开襟衫、卫衣、背心及类似品',
  },
  { 11: 'woolOnly', 12: 'cashmere', 19: 'fineHair', 20: 'cotton', 30: 'manMade', 90: 'other' },
  ['sweater', 'jumper', 'pullover', 'cardigan', 'knitwear', 'sweatshirt', 'hoodie', '毛衣', '针织衫', '卫衣'],
);
heading(
  '6111',
  { en: "Babies' garments and clothing accessories", zh: '婴儿服装及衣着附件' },
  { 20: 'cotton', 30: 'synthetic', 90: 'other' },
  BABY,
  true,
);
heading('6112', { en: 'Track suits', zh: '运动套装' }, { 11: 'cotton', 12: 'synthetic', 19: 'other' }, [
  'tracksuit',
  'track suit',
  '运动服',
]);
heading('6112', { en: 'Ski suits', zh: '滑雪服' }, { 20: 'any' }, ['ski suit', '滑雪服']);
heading('6112', g(MEN, 'swimwear', '游泳服'), { 31: 'synthetic', 39: 'other' }, [
  'swimwear',
  'swim trunks',
  '泳衣',
  '泳裤',
]);
heading('6112', g(WOMEN, 'swimwear', '游泳服'), { 41: 'synthetic', 49: 'other' }, [
  'swimwear',
  'swimsuit',
  'bikini',
  '泳衣',
]);
heading(
  '6113',
  { en: 'Garments of coated, rubberised or laminated knitted fabrics', zh: '用涂层、橡胶或层压织物制成的服装' },
  { '00': 'any' },
  ['rainwear', 'raincoat', '雨衣'],
);
heading('6114', { en: 'Other garments', zh: '其他服装' }, { 20: 'cotton', 30: 'manMade', 90: 'other' }, [
  'knitwear',
  'knitted',
  '针织',
]);
heading('6115', { en: 'Graduated compression hosiery', zh: '渐进压缩袜' }, { 10: 'any' }, [
  'compression socks',
  '压力袜',
]);
heading(
  '6115',
  {
    en: 'Pantyhose and tights of synthetic fibres, under 67 decitex per single yarn',
    zh: '合成纤维制单丝细度在67分特以下的连裤袜及紧身裤袜',
  },
  { 21: 'any' },
  ['tights', 'pantyhose', '连裤袜'],
);
heading(
  '6115',
  {
    en: 'Pantyhose and tights of synthetic fibres, 67 decitex or more per single yarn',
    zh: '合成纤维制单丝细度在67分特及以上的连裤袜及紧身裤袜',
  },
  { 22: 'any' },
  ['tights', 'pantyhose', '连裤袜'],
);
heading('6115', { en: 'Pantyhose and tights', zh: '连裤袜及紧身裤袜' }, { 29: 'other' }, [
  'tights',
  'pantyhose',
  '连裤袜',
]);
heading('6115', { en: "Women's full-length or knee-length hosiery", zh: '女式长筒袜及及膝袜' }, { 30: 'any' }, [
  'stockings',
  '长筒袜',
]);
heading(
  '6115',
  { en: 'Socks and other hosiery', zh: '短袜及其他袜类' },
  { 94: 'wool', 95: 'cotton', 96: 'synthetic', 99: 'other' },
  ['socks', 'wool socks', '袜子'],
);
heading(
  '6116',
  {
    en: 'Gloves, mittens and mitts, impregnated or coated with plastics or rubber',
    zh: '用塑料或橡胶浸渍、涂层的手套',
  },
  { 10: 'any' },
  ['gloves', '手套'],
);
heading(
  '6116',
  { en: 'Gloves, mittens and mitts', zh: '手套' },
  { 91: 'wool', 92: 'cotton', 93: 'synthetic', 99: 'other' },
  ['gloves', 'mittens', '手套', '连指手套'],
);
heading('6117', { en: 'Shawls, scarves, mufflers and veils', zh: '披巾、头巾、围巾及面纱' }, { 10: 'any' }, [
  'scarf',
  'shawl',
  'beanie',
  '围巾',
  '披肩',
]);
heading(
  '6117',
  {
    en: 'Other made-up clothing accessories (incl. ties, hats and headbands of knitted fabric)',
    zh: '其他制成衣着附件',
  },
  { 80: 'any' },
  ['tie', 'headband', 'accessory', '配饰'],
);
heading('6117', { en: 'Parts of garments or clothing accessories', zh: '服装或衣着附件的零件' }, { 90: 'any' }, [
  'parts',
]);

// Chapter 62: not knitted or crocheted
heading(
  '6201',
  g(MEN, 'overcoats, anoraks, windcheaters and similar', '大衣、防寒短上衣、防风衣及类似品'),
  { 20: 'wool', 30: 'cotton', 40: 'manMade', 90: 'other' },
  COATS,
);
heading(
  '6202',
  g(WOMEN, 'overcoats, anoraks, windcheaters and similar', '大衣、防寒短上衣、防风衣及类似品'),
  { 20: 'wool', 30: 'cotton', 40: 'manMade', 90: 'other' },
  COATS,
);
heading('6203', g(MEN, 'suits', '西服套装'), { 11: 'wool', 12: 'synthetic', 19: 'other' }, SUITS);
heading('6203', g(MEN, 'ensembles', '便服套装'), { 22: 'cotton', 23: 'synthetic', 29: 'other' }, ENSEMBLES);
heading(
  '6203',
  g(MEN, 'jackets and blazers', '上衣'),
  { 31: 'wool', 32: 'cotton', 33: 'synthetic', 39: 'other' },
  JACKETS,
);
heading(
  '6203',
  g(MEN, 'trousers, bib overalls, breeches and shorts', '长裤、护胸背带工装裤、马裤及短裤'),
  { 41: 'wool', 42: 'cotton', 43: 'synthetic', 49: 'other' },
  TROUSERS,
);
heading('6204', g(WOMEN, 'suits', '西服套装'), { 11: 'wool', 12: 'cotton', 13: 'synthetic', 19: 'other' }, SUITS);
heading(
  '6204',
  g(WOMEN, 'ensembles', '便服套装'),
  { 21: 'wool', 22: 'cotton', 23: 'synthetic', 29: 'other' },
  ENSEMBLES,
);
heading(
  '6204',
  g(WOMEN, 'jackets and blazers', '上衣'),
  { 31: 'wool', 32: 'cotton', 33: 'synthetic', 39: 'other' },
  JACKETS,
);
heading(
  '6204',
  g(WOMEN, 'dresses', '连衣裙'),
  { 41: 'wool', 42: 'cotton', 43: 'synthetic', 44: 'artificial', 49: 'other' },
  DRESSES,
);
heading(
  '6204',
  g(WOMEN, 'skirts and divided skirts', '裙子及裙裤'),
  { 51: 'wool', 52: 'cotton', 53: 'synthetic', 59: 'other' },
  SKIRTS,
);
heading(
  '6204',
  g(WOMEN, 'trousers, bib overalls, breeches and shorts', '长裤、护胸背带工装裤、马裤及短裤'),
  { 61: 'wool', 62: 'cotton', 63: 'synthetic', 69: 'other' },
  TROUSERS,
);
heading('6205', g(MEN, 'shirts', '衬衫'), { 20: 'cotton', 30: 'manMade', 90: 'other' }, SHIRTS);
heading(
  '6206',
  g(WOMEN, 'blouses, shirts and shirt-blouses', '衬衫'),
  { 10: 'silk', 20: 'wool', 30: 'cotton', 40: 'manMade', 90: 'other' },
  SHIRTS,
);
heading('6207', g(MEN, 'underpants and briefs', '内裤'), { 11: 'cotton', 19: 'other' }, UNDERWEAR);
heading('6207', g(MEN, 'nightshirts and pyjamas', '睡衣裤'), { 21: 'cotton', 22: 'manMade', 29: 'other' }, SLEEPWEAR);
heading(
  '6207',
  g(MEN, 'singlets, bathrobes, dressing gowns and similar', '背心、浴衣、晨衣及类似品'),
  { 91: 'cotton', 99: 'other' },
  SLEEPWEAR,
);
heading('6208', g(WOMEN, 'slips and petticoats', '长衬裙及衬裙'), { 11: 'manMade', 19: 'other' }, UNDERWEAR);
heading(
  '6208',
  g(WOMEN, 'nightdresses and pyjamas', '睡衣及睡衣裤'),
  { 21: 'cotton', 22: 'manMade', 29: 'other' },
  SLEEPWEAR,
);
heading(
  '6208',
  g(WOMEN, 'singlets, briefs, négligés, bathrobes and similar', '背心、三角裤、浴衣及类似品'),
  { 91: 'cotton', 92: 'manMade', 99: 'other' },
  SLEEPWEAR,
);
heading(
  '6209',
  { en: "Babies' garments and clothing accessories", zh: '婴儿服装及衣着附件' },
  { 20: 'cotton', 30: 'synthetic', 90: 'other' },
  BABY,
  true,
);
heading('6210', { en: 'Garments of felt or nonwovens', zh: '毡呢或无纺织物制服装' }, { 10: 'any' }, ['nonwoven']);
heading(
  '6210',
  g(MEN, 'garments of coated, rubberised or laminated fabrics (e.g. rainwear)', '涂层、橡胶或层压织物制服装(如雨衣)'),
  { 40: 'any' },
  ['rainwear', 'raincoat', 'waterproof', '雨衣'],
);
heading(
  '6210',
  g(WOMEN, 'garments of coated, rubberised or laminated fabrics (e.g. rainwear)', '涂层、橡胶或层压织物制服装(如雨衣)'),
  { 50: 'any' },
  ['rainwear', 'raincoat', 'waterproof', '雨衣'],
);
heading('6211', g(MEN, 'swimwear', '游泳服'), { 11: 'any' }, ['swimwear', 'swim trunks', '泳裤']);
heading('6211', g(WOMEN, 'swimwear', '游泳服'), { 12: 'any' }, ['swimwear', 'swimsuit', '泳衣']);
heading('6211', { en: 'Ski suits', zh: '滑雪服' }, { 20: 'any' }, ['ski suit', '滑雪服']);
heading(
  '6211',
  g(MEN, 'other garments (incl. track suits)', '其他服装(包括运动套装)'),
  { 32: 'cotton', 33: 'manMade', 39: 'other' },
  ['workwear', 'coveralls', 'tracksuit', '工作服'],
);
heading(
  '6211',
  g(WOMEN, 'other garments (incl. track suits)', '其他服装(包括运动套装)'),
  { 42: 'cotton', 43: 'manMade', 49: 'other' },
  ['workwear', 'apron', 'tracksuit', '工作服'],
);
heading('6212', { en: 'Brassieres', zh: '胸罩' }, { 10: 'any' }, ['bra', 'brassiere', '胸罩', '文胸']);
heading('6212', { en: 'Girdles and panty-girdles', zh: '束腰带及腹带' }, { 20: 'any' }, [
  'girdle',
  'shapewear',
  '束腰',
]);
heading('6212', { en: 'Corselettes', zh: '紧身胸衣' }, { 30: 'any' }, ['corset', '紧身胸衣']);
heading(
  '6212',
  { en: 'Corsets, braces, suspenders, garters and similar', zh: '妇女紧身胸衣、吊裤带、吊袜带及类似品' },
  { 90: 'any' },
  ['suspenders', 'braces', '吊带'],
);
heading('6213', { en: 'Handkerchiefs', zh: '手帕' }, { 20: 'cotton', 90: 'other' }, [
  'handkerchief',
  'bandana',
  '手帕',
]);
heading(
  '6214',
  { en: 'Shawls, scarves, mufflers, mantillas and veils', zh: '披巾、头巾、围巾、披纱及面纱' },
  { 10: 'silk', 20: 'wool', 30: 'synthetic', 40: 'artificial', 90: 'other' },
  ['scarf', 'shawl', 'wrap', '围巾', '披肩'],
);
heading('6215', { en: 'Ties, bow ties and cravats', zh: '领带及领结' }, { 10: 'silk', 20: 'manMade', 90: 'other' }, [
  'tie',
  'necktie',
  'bow tie',
  '领带',
  '领结',
]);
heading('6216', { en: 'Gloves, mittens and mitts', zh: '手套' }, { '00': 'any' }, ['gloves', 'mittens', '手套']);
heading('6217', { en: 'Other made-up clothing accessories', zh: '其他制成衣着附件' }, { 10: 'any' }, [
  'accessory',
  '配饰',
]);
heading('6217', { en: 'Parts of garments or clothing accessories', zh: '服装或衣着附件的零件' }, { 90: 'any' }, [
  'parts',
]);

export const APPAREL_CATALOGUE: readonly ApparelEntry[] = out;
