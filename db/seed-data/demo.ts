// Demo data for development: realistic small exporters, mostly in the 12 Midwest states.
export const DEMO_PASSWORDS = {
  admin: 'harvest-gateway-admin',
  reviewer: 'harvest-gateway-review',
  business: 'harvest-gateway-demo',
} as const;

export const DEMO_STAFF = [
  { email: 'admin@heartland.example', name: 'Dana Whitfield', role: 'admin' as const, password: DEMO_PASSWORDS.admin },
  { email: 'reviewer@heartland.example', name: 'Marcus Lindqvist', role: 'reviewer' as const, password: DEMO_PASSWORDS.reviewer },
];

export interface DemoBusiness {
  slug: string;
  legalName: string;
  dba?: string;
  ownerName: string;
  ownerEmail: string;
  ein: string;
  entityType: string;
  city: string;
  state: string;
  zip: string;
  street: string;
  phone: string;
  website?: string;
  yearFounded: number;
  employees: number;
  revenueBand: string;
  categories: string[];
  channels: string[];
  /** Where the business is in its journey. */
  stage: 'signed_up' | 'draft' | 'submitted' | 'in_review' | 'changes_requested' | 'approved' | 'rejected' | 'suspended';
  story: string;
}

export const DEMO_BUSINESSES: DemoBusiness[] = [
  { slug: 'traverse-bay-blueberries', legalName: 'Traverse Bay Blueberry Farm LLC', ownerName: 'Karen Olsen', ownerEmail: 'karen@traversebayberries.example', ein: '38-4417203', entityType: 'llc', city: 'Traverse City', state: 'MI', zip: '49684', street: '4120 Hammond Rd', phone: '+12319470112', website: 'https://traversebayberries.example', yearFounded: 1987, employees: 14, revenueBand: '1m_5m', categories: ['fresh_fruit'], channels: ['general_trade'], stage: 'approved', story: 'Three generations of blueberry growers on the shores of Grand Traverse Bay.' },
  { slug: 'door-county-cellars', legalName: 'Door County Cellars Inc.', dba: 'Peninsula Wines', ownerName: 'Tom Bergstrom', ownerEmail: 'tom@doorcountycellars.example', ein: '39-2288156', entityType: 'corporation', city: 'Sturgeon Bay', state: 'WI', zip: '54235', street: '980 Egg Harbor Rd', phone: '+19207430140', yearFounded: 2004, employees: 22, revenueBand: '1m_5m', categories: ['wine'], channels: ['cbec_bonded', 'general_trade'], stage: 'in_review', story: 'Cool-climate Riesling and cherry wines from Wisconsin’s Door Peninsula.' },
  { slug: 'prairie-thread-co', legalName: 'Prairie Thread Company', ownerName: 'Aisha Nwosu', ownerEmail: 'aisha@prairiethread.example', ein: '41-7730419', entityType: 'llc', city: 'Minneapolis', state: 'MN', zip: '55401-1234', street: '212 N 3rd Ave', phone: '+16125550190', yearFounded: 2016, employees: 9, revenueBand: '250k_1m', categories: ['apparel'], channels: ['cbec_direct'], stage: 'submitted', story: 'Organic cotton basics, cut and sewn in Minneapolis.' },
  { slug: 'hawkeye-honey', legalName: 'Hawkeye Honey Co.', ownerName: 'Ben Kowalski', ownerEmail: 'ben@hawkeyehoney.example', ein: '42-1958834', entityType: 'sole_proprietorship', city: 'Ames', state: 'IA', zip: '50010', street: '77 Lincoln Way', phone: '+15152330144', yearFounded: 2011, employees: 3, revenueBand: 'under_250k', categories: ['processed_food'], channels: ['cbec_bonded'], stage: 'changes_requested', story: 'Raw clover honey from Iowa prairie apiaries.' },
  { slug: 'cuyahoga-valley-orchards', legalName: 'Cuyahoga Valley Orchards LLC', ownerName: 'Maria Estrada', ownerEmail: 'maria@cvorchards.example', ein: '34-6620917', entityType: 'llc', city: 'Peninsula', state: 'OH', zip: '44264', street: '1550 Akron Peninsula Rd', phone: '+13306570121', yearFounded: 1952, employees: 31, revenueBand: '1m_5m', categories: ['fresh_fruit', 'processed_food'], channels: ['general_trade'], stage: 'draft', story: 'Apples and cider from the Cuyahoga Valley since 1952.' },
  { slug: 'flint-hills-jerky', legalName: 'Flint Hills Provisions Inc.', ownerName: 'Jake Harmon', ownerEmail: 'jake@flinthills.example', ein: '48-3307765', entityType: 'corporation', city: 'Manhattan', state: 'KS', zip: '66502', street: '301 Poyntz Ave', phone: '+17855370177', yearFounded: 2009, employees: 12, revenueBand: '250k_1m', categories: ['processed_food'], channels: ['cbec_direct'], stage: 'rejected', story: 'Kansas beef jerky and smoked sausages.' },
  { slug: 'sandhills-apparel', legalName: 'Sandhills Workwear LLC', ownerName: 'Ruth Svoboda', ownerEmail: 'ruth@sandhillsworkwear.example', ein: '47-8812240', entityType: 'llc', city: 'Lincoln', state: 'NE', zip: '68508', street: '1220 O St', phone: '+14024750163', yearFounded: 2013, employees: 18, revenueBand: '1m_5m', categories: ['apparel'], channels: ['cbec_bonded', 'cbec_direct'], stage: 'approved', story: 'Denim and canvas workwear built for Nebraska ranch life.' },
  { slug: 'red-river-pantry', legalName: 'Red River Pantry Co.', ownerName: 'Lars Haugen', ownerEmail: 'lars@redriverpantry.example', ein: '45-2203318', entityType: 'corporation', city: 'Fargo', state: 'ND', zip: '58102', street: '615 1st Ave N', phone: '+17012350188', yearFounded: 1998, employees: 26, revenueBand: '5m_plus', categories: ['processed_food'], channels: ['general_trade', 'cbec_bonded'], stage: 'suspended', story: 'Wild rice, sunflower and durum products from the Red River Valley.' },
  { slug: 'black-hills-vineyards', legalName: 'Black Hills Vineyards LLC', ownerName: 'Elena Two Bulls', ownerEmail: 'elena@blackhillsvineyards.example', ein: '46-0091126', entityType: 'llc', city: 'Rapid City', state: 'SD', zip: '57701', street: '2400 Sheridan Lake Rd', phone: '+16053420175', yearFounded: 2008, employees: 7, revenueBand: 'under_250k', categories: ['wine'], channels: ['cbec_bonded'], stage: 'approved', story: 'Frontenac and Marquette grapes grown at altitude in the Black Hills.' },
  { slug: 'ozark-fiber-mill', legalName: 'Ozark Fiber Mill Inc.', ownerName: 'Grace Whitaker', ownerEmail: 'grace@ozarkfiber.example', ein: '43-5567012', entityType: 'corporation', city: 'Springfield', state: 'MO', zip: '65806', street: '330 S Campbell Ave', phone: '+14178310199', yearFounded: 1994, employees: 40, revenueBand: '5m_plus', categories: ['apparel'], channels: ['general_trade'], stage: 'in_review', story: 'Knitwear and children’s sweaters from the Ozarks.' },
  { slug: 'wabash-valley-growers', legalName: 'Wabash Valley Growers Cooperative', ownerName: 'Samuel Reyes', ownerEmail: 'samuel@wabashgrowers.example', ein: '35-7789914', entityType: 'cooperative', city: 'Vincennes', state: 'IN', zip: '47591', street: '18 Main St', phone: '+18128820133', yearFounded: 1979, employees: 55, revenueBand: '5m_plus', categories: ['fresh_fruit'], channels: ['general_trade'], stage: 'submitted', story: 'A growers’ cooperative of Indiana melon and apple farms.' },
  { slug: 'yakima-ridge-cherries', legalName: 'Yakima Ridge Cherries LLC', ownerName: 'Hannah Cho', ownerEmail: 'hannah@yakimaridge.example', ein: '91-4452107', entityType: 'llc', city: 'Yakima', state: 'WA', zip: '98901', street: '5100 Summitview Ave', phone: '+15094530144', yearFounded: 1999, employees: 60, revenueBand: '5m_plus', categories: ['fresh_fruit'], channels: ['general_trade', 'cbec_bonded'], stage: 'approved', story: 'Sweet cherries from the Yakima Valley, packed within hours of picking.' },
  { slug: 'illinois-prairie-mills', legalName: 'Illinois Prairie Mills LLC', ownerName: 'Priya Raman', ownerEmail: 'priya@prairiemills.example', ein: '36-9014485', entityType: 'llc', city: 'Champaign', state: 'IL', zip: '61820', street: '44 E University Ave', phone: '+12173520110', yearFounded: 2019, employees: 6, revenueBand: 'under_250k', categories: ['processed_food'], channels: ['cbec_direct'], stage: 'signed_up', story: 'Stone-ground heirloom cornmeal and pancake mixes.' },
];
