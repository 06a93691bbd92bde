// Foods, drinks and footwear a US small business plausibly sells, at HS 2022 6-digit level, with English and
// Simplified Chinese names. These codes are real, but their China-side rules (tariff, positive-list line,
// registration route, market access) have not been researched: the engine answers them as "not assessed",
// never as blocked. A code with researched rules is defined in products.ts instead.

export interface CatalogueName {
  readonly hs6: string;
  readonly en: string;
  readonly zh: string;
  readonly keywords: readonly string[];
}

type Row = readonly [hs6: string, en: string, zh: string, keywords?: string];

const rows: readonly Row[] = [
  // Ch. 04 dairy, eggs, honey
  ['040110', 'Milk and cream, fat ≤ 1%, not concentrated', '液态奶及稀奶油(脂肪≤1%)', 'milk,skim milk,牛奶'],
  ['040140', 'Milk and cream, fat 6%–10%, not concentrated', '液态奶及稀奶油(脂肪6%–10%)', 'cream,奶油'],
  ['040150', 'Cream, fat over 10%, not concentrated', '稀奶油(脂肪>10%)', 'cream,heavy cream,稀奶油'],
  ['040210', 'Milk powder, fat ≤ 1.5%', '奶粉(脂肪≤1.5%)', 'milk powder,skim milk powder,奶粉'],
  ['040221', 'Milk powder, fat over 1.5%, unsweetened', '全脂奶粉(未加糖)', 'milk powder,whole milk powder,奶粉'],
  ['040299', 'Condensed or evaporated milk, sweetened', '加糖炼乳', 'condensed milk,炼乳'],
  ['040320', 'Yogurt', '酸奶', 'yogurt,yoghurt,酸奶'],
  ['040390', 'Buttermilk, kefir and other fermented milk', '酪乳及其他发酵乳', 'buttermilk,kefir,发酵乳'],
  ['040410', 'Whey and modified whey', '乳清及改性乳清', 'whey,whey protein,乳清'],
  ['040510', 'Butter', '黄油', 'butter,黄油'],
  ['040520', 'Dairy spreads', '乳酱', 'dairy spread,乳酱'],
  ['040590', 'Ghee and other fats derived from milk', '酥油及其他乳脂', 'ghee,butter oil,酥油'],
  [
    '040610',
    'Fresh cheese (incl. curds, cream cheese)',
    '鲜奶酪(包括凝乳、奶油奶酪)',
    'cheese,cheese curds,cream cheese,奶酪',
  ],
  ['040620', 'Grated or powdered cheese', '擦碎或粉化的奶酪', 'cheese,parmesan,奶酪'],
  ['040630', 'Processed cheese', '再制奶酪', 'cheese,processed cheese,奶酪'],
  ['040640', 'Blue-veined cheese', '蓝纹奶酪', 'cheese,blue cheese,奶酪'],
  [
    '040690',
    'Other cheese (e.g. cheddar, Colby, gouda)',
    '其他奶酪(如切达、科尔比、高达)',
    'cheese,cheddar,colby,gouda,wisconsin cheese,奶酪,芝士',
  ],
  ['040721', 'Hens’ eggs, fresh, in shell', '鲜鸡蛋', 'eggs,鸡蛋'],

  // Ch. 07 vegetables
  ['070190', 'Potatoes, fresh (other than seed)', '鲜马铃薯', 'potato,土豆,马铃薯'],
  ['070200', 'Tomatoes, fresh', '鲜番茄', 'tomato,番茄,西红柿'],
  ['070310', 'Onions and shallots, fresh', '鲜洋葱及青葱', 'onion,洋葱'],
  ['070320', 'Garlic, fresh', '鲜大蒜', 'garlic,大蒜'],
  ['070410', 'Cauliflower and broccoli, fresh', '鲜花椰菜及西兰花', 'broccoli,cauliflower,西兰花,花椰菜'],
  ['070511', 'Head lettuce, fresh', '鲜结球莴苣', 'lettuce,生菜'],
  ['070610', 'Carrots and turnips, fresh', '鲜胡萝卜及萝卜', 'carrot,胡萝卜'],
  ['070700', 'Cucumbers and gherkins, fresh', '鲜黄瓜', 'cucumber,黄瓜'],
  ['070920', 'Asparagus, fresh', '鲜芦笋', 'asparagus,芦笋'],
  ['070951', 'Mushrooms of the genus Agaricus, fresh', '鲜伞菌属蘑菇', 'mushroom,蘑菇'],
  ['070960', 'Peppers (Capsicum), fresh', '鲜辣椒及甜椒', 'pepper,bell pepper,chili,辣椒'],
  ['070993', 'Pumpkins, squash and gourds, fresh', '鲜南瓜及葫芦', 'pumpkin,squash,南瓜'],
  ['070999', 'Other vegetables, fresh (e.g. sweet corn)', '其他鲜蔬菜(如甜玉米)', 'sweet corn,vegetable,蔬菜'],
  ['071010', 'Potatoes, frozen', '冷冻马铃薯', 'frozen potato,冷冻'],
  ['071040', 'Sweet corn, frozen', '冷冻甜玉米', 'sweet corn,frozen,甜玉米'],
  ['071080', 'Other vegetables, frozen', '其他冷冻蔬菜', 'frozen vegetables,冷冻蔬菜'],
  ['071090', 'Mixtures of vegetables, frozen', '冷冻什锦蔬菜', 'frozen vegetables,冷冻蔬菜'],
  ['071220', 'Onions, dried', '干洋葱', 'dried onion,洋葱'],
  ['071290', 'Other dried vegetables', '其他干蔬菜', 'dried vegetables,脱水蔬菜'],
  ['071310', 'Peas, dried, shelled', '干豌豆', 'dried peas,豌豆'],
  ['071333', 'Kidney beans (incl. white pea beans), dried', '干芸豆(包括白豆)', 'beans,navy beans,kidney beans,芸豆'],
  ['071340', 'Lentils, dried', '干小扁豆', 'lentils,扁豆'],
  ['071420', 'Sweet potatoes, fresh or dried', '甘薯', 'sweet potato,红薯'],

  // Ch. 08 fruit and nuts not covered by fresh-fruit protocols
  ['080211', 'Almonds in shell', '未去壳杏仁(巴旦木)', 'almond,nut,杏仁,巴旦木'],
  ['080221', 'Hazelnuts in shell', '未去壳榛子', 'hazelnut,filbert,榛子'],
  ['080222', 'Hazelnuts, shelled', '去壳榛子', 'hazelnut,filbert,榛子'],
  ['080231', 'Walnuts in shell', '未去壳核桃', 'walnut,black walnut,核桃'],
  ['080241', 'Chestnuts in shell', '未去壳栗子', 'chestnut,栗子'],
  ['080251', 'Pistachios in shell', '未去壳开心果', 'pistachio,开心果'],
  ['080252', 'Pistachios, shelled', '去壳开心果', 'pistachio,开心果'],
  ['080261', 'Macadamia nuts in shell', '未去壳夏威夷果', 'macadamia,夏威夷果'],
  ['080299', 'Other nuts (e.g. pecans), fresh or dried', '其他坚果(如碧根果)', 'pecan,nut,碧根果,坚果'],
  ['081110', 'Strawberries, frozen', '冷冻草莓', 'frozen strawberries,冷冻草莓'],
  [
    '081120',
    'Raspberries, blackberries and currants, frozen',
    '冷冻覆盆子、黑莓及醋栗',
    'frozen raspberries,frozen blackberries,冷冻',
  ],
  [
    '081190',
    'Other fruit, frozen (e.g. tart cherries, blueberries)',
    '其他冷冻水果(如酸樱桃、蓝莓)',
    'frozen cherries,frozen blueberries,tart cherry,冷冻水果',
  ],
  ['081310', 'Apricots, dried', '杏干', 'dried apricot,杏干'],
  [
    '081340',
    'Other dried fruit (e.g. cherries, cranberries, blueberries)',
    '其他干果(如樱桃干、蔓越莓干、蓝莓干)',
    'dried cherries,dried cranberries,dried blueberries,dried fruit,果干',
  ],
  ['081350', 'Mixtures of nuts or dried fruit', '坚果或干果混合物', 'trail mix,mixed dried fruit,什锦果干'],

  // Ch. 09 coffee, tea, spices
  [
    '090111',
    'Coffee, not roasted, not decaffeinated',
    '未焙炒未浸除咖啡碱的咖啡',
    'green coffee,coffee beans,生咖啡豆',
  ],
  ['090121', 'Coffee, roasted, not decaffeinated', '已焙炒未浸除咖啡碱的咖啡', 'coffee,roasted coffee,咖啡'],
  ['090122', 'Coffee, roasted, decaffeinated', '已焙炒已浸除咖啡碱的咖啡', 'decaf,coffee,低因咖啡'],
  ['090210', 'Green tea in packings ≤ 3 kg', '内包装≤3千克的绿茶', 'green tea,绿茶'],
  ['090230', 'Black tea in packings ≤ 3 kg', '内包装≤3千克的红茶', 'black tea,tea,红茶'],
  ['090422', 'Capsicum or Pimenta, crushed or ground', '已磨辣椒粉', 'chili powder,paprika,辣椒粉'],
  ['091011', 'Ginger, neither crushed nor ground', '未磨姜', 'ginger,姜'],
  ['091091', 'Mixtures of spices', '混合调味香料', 'spice blend,seasoning,rub,混合香料'],
  ['091099', 'Other spices', '其他调味香料', 'spice,香料'],

  // Ch. 12 seeds, hops and plants
  ['120242', 'Groundnuts (peanuts), shelled, not roasted', '去壳未焙炒花生', 'peanut,花生'],
  ['120400', 'Linseed (flaxseed)', '亚麻籽', 'flaxseed,linseed,亚麻籽'],
  ['120600', 'Sunflower seeds', '葵花籽', 'sunflower seeds,葵花籽'],
  ['121010', 'Hop cones, neither ground nor powdered nor pelletised', '未研磨也未制成团粒的啤酒花', 'hops,啤酒花'],
  [
    '121020',
    'Hop cones, ground, powdered or pelletised; lupulin',
    '已研磨或制成团粒的啤酒花;蛇麻腺',
    'hops,hop pellets,啤酒花',
  ],
  [
    '121190',
    'Other plants and parts used in herbal teas or medicine (e.g. echinacea)',
    '其他主要用作药料或茶料的植物及其部分(如紫锥菊)',
    'herb,herbal tea,echinacea,goldenseal,草本,草药',
  ],

  // Ch. 16 meat and fish preparations
  ['160100', 'Sausages and similar products of meat', '香肠及类似产品', 'sausage,bratwurst,summer sausage,香肠'],
  ['160232', 'Prepared chicken or other fowl', '鸡肉制品', 'chicken,jerky,鸡肉'],
  ['160241', 'Prepared hams of swine', '猪后腿(火腿)制品', 'ham,火腿'],
  ['160249', 'Other prepared pork (e.g. bacon bits, pork jerky)', '其他猪肉制品', 'pork,bacon,pork jerky,猪肉'],
  [
    '160419',
    'Prepared or preserved fish (e.g. smoked whitefish)',
    '制作或保藏的鱼(如熏白鲑)',
    'smoked fish,whitefish,熏鱼',
  ],

  // Ch. 17–18 sugar, confectionery and chocolate
  ['170410', 'Chewing gum', '口香糖', 'chewing gum,口香糖'],
  [
    '170490',
    'Sugar confectionery without cocoa (e.g. caramels, fudge, maple candy)',
    '不含可可的糖食(如焦糖、软糖、枫糖糖果)',
    'candy,caramel,fudge,maple candy,taffy,糖果',
  ],
  ['180500', 'Cocoa powder, unsweetened', '未加糖可可粉', 'cocoa powder,可可粉'],
  ['180620', 'Chocolate in blocks or bulk over 2 kg', '每件重量超过2千克的块状或散装巧克力', 'chocolate,巧克力'],
  ['180631', 'Chocolate bars and blocks, filled', '夹心块状或条状巧克力', 'chocolate,chocolate bar,巧克力'],
  ['180632', 'Chocolate bars and blocks, not filled', '不夹心块状或条状巧克力', 'chocolate,chocolate bar,巧克力'],
  [
    '180690',
    'Other chocolate and cocoa preparations (e.g. truffles, chocolate-covered nuts)',
    '其他巧克力及含可可食品(如松露巧克力、巧克力坚果)',
    'chocolate,truffles,巧克力',
  ],

  // Ch. 19 cereal and bakery
  [
    '190110',
    'Infant food preparations for retail sale',
    '供婴幼儿食用的零售包装食品',
    'infant formula,baby food,婴儿配方',
  ],
  [
    '190190',
    'Malt extract and other food preparations of flour or milk (e.g. pancake mix)',
    '麦精及其他粉或乳制食品(如松饼预拌粉)',
    'pancake mix,baking mix,malt extract,预拌粉',
  ],
  ['190219', 'Pasta, uncooked, not stuffed, without eggs', '未包馅未烹煮不含蛋的面食', 'pasta,noodles,意大利面'],
  [
    '190410',
    'Prepared foods of puffed or roasted cereals (e.g. breakfast cereal)',
    '膨化或焙炒谷物制食品(如早餐谷物)',
    'cereal,breakfast cereal,谷物',
  ],
  [
    '190420',
    'Muesli and granola from unroasted cereal flakes',
    '未焙炒谷物片制食品(如燕麦片、格兰诺拉)',
    'granola,muesli,燕麦片,格兰诺拉',
  ],
  ['190531', 'Sweet biscuits and cookies', '甜饼干', 'cookies,biscuits,饼干,曲奇'],
  ['190532', 'Waffles and wafers', '华夫饼及威化饼', 'waffle,wafer,华夫饼'],
  [
    '190590',
    'Bread, cakes, pastries, pretzels and other bakery products',
    '面包、糕点、椒盐卷饼及其他烘焙食品',
    'bread,cake,pastry,pretzel,crackers,面包,蛋糕',
  ],

  // Ch. 20 vegetable, fruit and nut preparations
  ['200110', 'Cucumbers and gherkins preserved in vinegar (pickles)', '醋渍黄瓜(泡菜)', 'pickles,泡菜,酸黄瓜'],
  [
    '200290',
    'Tomato paste, sauce base and other prepared tomatoes',
    '番茄酱及其他制作番茄',
    'tomato paste,salsa,番茄酱',
  ],
  ['200410', 'Potatoes, prepared, frozen (e.g. fries)', '冷冻的制作马铃薯(如薯条)', 'fries,frozen potato,薯条'],
  [
    '200520',
    'Potatoes, prepared, not frozen (e.g. potato chips)',
    '非冷冻的制作马铃薯(如薯片)',
    'potato chips,crisps,薯片',
  ],
  [
    '200599',
    'Other prepared vegetables, not frozen (e.g. sauerkraut)',
    '其他非冷冻制作蔬菜(如酸菜)',
    'sauerkraut,prepared vegetables,酸菜',
  ],
  ['200600', 'Fruit, nuts and peel preserved by sugar (candied)', '糖渍水果、坚果及果皮', 'candied fruit,蜜饯'],
  ['200811', 'Peanuts, prepared (incl. peanut butter)', '制作花生(包括花生酱)', 'peanut butter,roasted peanuts,花生酱'],
  [
    '200860',
    'Cherries, prepared or preserved (e.g. canned tart cherries)',
    '制作或保藏的樱桃(如罐装酸樱桃)',
    'canned cherries,tart cherry,maraschino,樱桃罐头',
  ],
  ['200870', 'Peaches, prepared or preserved', '制作或保藏的桃', 'canned peaches,桃罐头'],
  [
    '200893',
    'Cranberries, prepared or preserved (incl. sweetened dried cranberries)',
    '制作或保藏的蔓越莓(包括加糖蔓越莓干)',
    'cranberry,dried cranberries,craisins,蔓越莓',
  ],
  [
    '200899',
    'Other fruit, prepared or preserved (e.g. sweetened dried blueberries)',
    '其他制作或保藏的水果(如加糖蓝莓干)',
    'prepared fruit,dried blueberries,水果制品',
  ],
  ['200912', 'Orange juice, not frozen, Brix ≤ 20', '非冷冻橙汁(白利糖度≤20)', 'orange juice,橙汁'],
  ['200961', 'Grape juice, Brix ≤ 30', '葡萄汁(白利糖度≤30)', 'grape juice,葡萄汁'],
  ['200971', 'Apple juice, Brix ≤ 20', '苹果汁(白利糖度≤20)', 'apple juice,cider (non-alcoholic),苹果汁'],
  ['200979', 'Apple juice, Brix over 20 (concentrate)', '浓缩苹果汁(白利糖度>20)', 'apple juice concentrate,苹果汁'],
  ['200981', 'Cranberry juice', '蔓越莓汁', 'cranberry juice,蔓越莓汁'],
  [
    '200989',
    'Juice of any other single fruit or vegetable (e.g. tart cherry juice)',
    '其他单一水果或蔬菜汁(如酸樱桃汁)',
    'tart cherry juice,juice,果汁',
  ],
  ['200990', 'Mixtures of juices', '混合果蔬汁', 'juice blend,果汁'],

  // Ch. 21 miscellaneous preparations
  ['210111', 'Extracts, essences and concentrates of coffee', '咖啡浓缩精汁', 'coffee extract,cold brew,咖啡浓缩液'],
  ['210112', 'Preparations with a basis of coffee', '以咖啡为基本成分的制品', 'coffee drink,instant coffee,速溶咖啡'],
  ['210120', 'Extracts and preparations of tea', '茶浓缩精汁及制品', 'tea extract,茶'],
  ['210310', 'Soy sauce', '酱油', 'soy sauce,酱油'],
  ['210320', 'Tomato ketchup and other tomato sauces', '番茄沙司及其他番茄调味汁', 'ketchup,番茄沙司'],
  ['210330', 'Mustard flour and prepared mustard', '芥子粉及调制芥末', 'mustard,芥末'],
  ['210410', 'Soups and broths and preparations therefor', '汤料及其制品', 'soup,broth,汤'],
  ['210500', 'Ice cream and other edible ice', '冰淇淋及其他冰制食品', 'ice cream,冰淇淋'],
  [
    '210690',
    'Food preparations not elsewhere specified (e.g. flavoured syrups, seasoning blends)',
    '未列名食品(如调味糖浆、复合调味料)',
    'syrup,food preparation,supplement,食品',
  ],

  // Ch. 22 beverages other than grape wine, and vinegar
  ['220110', 'Mineral waters and aerated waters, unsweetened', '未加糖矿泉水及汽水', 'water,mineral water,矿泉水'],
  ['220210', 'Waters incl. soft drinks, sweetened or flavoured', '加糖或调味的水(包括软饮料)', 'soda,soft drink,汽水'],
  ['220291', 'Non-alcoholic beer', '无醇啤酒', 'non-alcoholic beer,无醇啤酒'],
  ['220299', 'Other non-alcoholic beverages', '其他无酒精饮料', 'drink,beverage,kombucha,饮料'],
  [
    '220600',
    'Other fermented beverages (e.g. hard cider, perry, mead)',
    '其他发酵饮料(如苹果酒、梨酒、蜂蜜酒)',
    'cider,hard cider,mead,perry,苹果酒,蜂蜜酒',
  ],
  ['220820', 'Spirits from distilled grape wine (brandy)', '蒸馏葡萄酒制得的烈性酒(白兰地)', 'brandy,白兰地'],
  ['220830', 'Whiskies', '威士忌酒', 'whiskey,whisky,bourbon,威士忌'],
  ['220840', 'Rum and other spirits from sugar-cane products', '朗姆酒及其他甘蔗蒸馏酒', 'rum,朗姆酒'],
  ['220850', 'Gin and Geneva', '杜松子酒', 'gin,金酒,杜松子酒'],
  ['220860', 'Vodka', '伏特加酒', 'vodka,伏特加'],
  ['220870', 'Liqueurs and cordials', '利口酒及柯迪尔酒', 'liqueur,利口酒'],
  ['220890', 'Other spirits (e.g. apple brandy, moonshine)', '其他烈性酒(如苹果白兰地)', 'spirits,apple brandy,烈酒'],
  ['220900', 'Vinegar', '醋', 'vinegar,apple cider vinegar,醋'],

  // Ch. 64 footwear
  [
    '640219',
    'Sports footwear, outer soles and uppers of rubber or plastics',
    '橡胶或塑料制外底及鞋面的运动鞋靴',
    'sneakers,sports shoes,运动鞋',
  ],
  [
    '640220',
    'Sandals with thong straps plugged into the sole (flip-flops)',
    '用栓塞方法将鞋面条带装配在鞋底上的鞋(人字拖)',
    'flip-flops,拖鞋',
  ],
  [
    '640291',
    'Other footwear of rubber or plastics, covering the ankle (e.g. rain boots)',
    '其他橡胶或塑料制过踝鞋靴(如雨靴)',
    'rain boots,boots,雨靴',
  ],
  ['640299', 'Other footwear of rubber or plastics', '其他橡胶或塑料制鞋靴', 'shoes,clogs,鞋'],
  ['640319', 'Sports footwear with leather uppers', '皮革制鞋面的运动鞋靴', 'sports shoes,皮鞋'],
  [
    '640320',
    'Footwear with leather soles and uppers of leather straps across the instep',
    '皮革制外底、鞋面由皮革条带构成的鞋',
    'sandals,凉鞋',
  ],
  [
    '640340',
    'Other footwear with a protective metal toe-cap',
    '其他装有金属护头的鞋靴',
    'work boots,safety boots,safety toe,劳保鞋',
  ],
  [
    '640351',
    'Footwear with leather soles and uppers, covering the ankle',
    '皮革制外底及鞋面的过踝鞋靴',
    'boots,leather boots,皮靴',
  ],
  ['640359', 'Other footwear with leather soles and uppers', '其他皮革制外底及鞋面的鞋', 'leather shoes,皮鞋'],
  [
    '640391',
    'Footwear with leather uppers, covering the ankle (e.g. work and hiking boots)',
    '皮革制鞋面的过踝鞋靴(如工装靴、登山靴)',
    'boots,work boots,hiking boots,moccasin boots,靴子',
  ],
  [
    '640399',
    'Other footwear with leather uppers (e.g. moccasins)',
    '其他皮革制鞋面的鞋(如莫卡辛鞋)',
    'moccasins,loafers,leather shoes,莫卡辛鞋,皮鞋',
  ],
  [
    '640411',
    'Sports and training footwear with textile uppers',
    '纺织材料制鞋面的运动鞋',
    'sneakers,running shoes,运动鞋',
  ],
  [
    '640419',
    'Other footwear with textile uppers and rubber or plastic soles (e.g. slippers)',
    '其他纺织材料制鞋面、橡胶或塑料外底的鞋(如便鞋)',
    'slippers,canvas shoes,拖鞋,帆布鞋',
  ],
  ['640420', 'Footwear with textile uppers and leather soles', '纺织材料制鞋面、皮革外底的鞋', 'shoes,鞋'],
  ['640510', 'Other footwear with uppers of leather', '其他皮革制鞋面的鞋', 'shoes,鞋'],
  [
    '640520',
    'Other footwear with textile uppers (e.g. felt or wool slippers)',
    '其他纺织材料制鞋面的鞋(如毛毡拖鞋)',
    'wool slippers,felt slippers,拖鞋',
  ],
  ['640590', 'Other footwear', '其他鞋靴', 'footwear,鞋'],
  ['640690', 'Parts of footwear (e.g. insoles)', '鞋靴零件(如鞋垫)', 'insoles,鞋垫'],
];

export const FOOD_AND_FOOTWEAR_CATALOGUE: readonly CatalogueName[] = rows.map(([hs6, en, zh, keywords]) => ({
  hs6,
  en,
  zh,
  keywords: keywords ? keywords.split(',') : [],
}));
