import type { CategoryCode } from './types';

/**
 * Sources table of the domain reference (shared/reference/china-export-rules.md, 'Sources').
 * `date` is the source's own date where known (year or ISO date); `url` is its first address.
 */
interface ReferenceSource {
  readonly title: string;
  readonly url: string | null;
  readonly date: string | null;
}

/**
 * primary = a regulator or government body (GACC, MOF/SAT, MOFCOM, SAMR, USDA APHIS/FAS/FSIS, TTB,
 * US Census, ITA, USFWS, a state agency, WIPO for the Nice classification), or the official text it
 * publishes; secondary = agencies, trade press, encyclopaedias, laboratories, copies of a primary text
 * on another site. Only primary sources are ever called "official".
 */
export type SourceKind = 'primary' | 'secondary';

export interface Source extends ReferenceSource {
  readonly kind: SourceKind;
  /** The product categories the source is about; omitted = about exports in general. */
  readonly categories?: readonly CategoryCode[];
}

const REFERENCE_SOURCES = {
  S1: {
    title: 'Jack Ma meets Trump on 1 million US jobs (2017)',
    url: 'http://www.siliconvalley.com/2017/01/09/alibaba-chairman-jack-ma-meets-with-trump-to-discuss-creating-1-million-u-s-jobs/',
    date: '2017-01-09',
  },
  S1b: {
    title: 'Alibaba statement on US small businesses (2017)',
    url: 'https://www.bluemaumau.org/trump_and_jack_ma_discuss_major_opportunity_us_small_businesses',
    date: '2017-01-09',
  },
  S2: {
    title: 'Fox Business: Trump teams up with Alibaba CEO (2017)',
    url: 'https://www.foxbusiness.com/politics/trump-teams-up-with-alibaba-ceo-to-create-small-business-jobs',
    date: '2017-01',
  },
  S3: {
    title: 'Free Press: Alibaba Gateway 17 in Detroit',
    url: 'https://www.freep.com/story/money/business/2017/06/21/chinese-e-commerce-giant-alibaba-comes-detroit-lure-midwest-business/412141001/',
    date: '2017-06-21',
  },
  S4: {
    title: 'CBS: Jack Ma withdraws 1 million jobs pledge (2018)',
    url: 'https://cbsnews.com/news/jack-ma-of-alibaba-1-million-u-s-jobs-wont-be-created-due-to-trade-war',
    date: '2018-09-19',
  },
  S5: {
    title: 'Ningbo Customs Q&A on CBEC retail import limits and tax',
    url: 'https://www.cceeccic.org/1452613053.html',
    date: '2025-11-18',
  },
  S6: {
    title: 'CBEC composite tax explained (Cai Guan Shui [2016] No.18)',
    url: 'https://woyaojiankangwang.com/Medicalequipment/pgipibvheu.html',
    date: null,
  },
  S7: {
    title: 'CBEC retail import tax policy (Cai Guan Shui [2018] No.49)',
    url: 'https://wodebaobaowang.com/Booksandmaterials/kvffwritvm.html',
    date: null,
  },
  S8: { title: 'CBEC taxpayer, withholding and dutiable price', url: 'https://ssopdot.com/?p=16135', date: null },
  S9: {
    title: '2016 CBEC retail import limits (RMB 2,000 / 20,000)',
    url: 'https://ssopdot.com/blog/16222.html',
    date: null,
  },
  S10: {
    title: 'New CBEC announcement for improving taxation policy (Knudsen)',
    url: 'http://knudsencrc.com/2019/05/28/new-cbec-announcement-for-improving-taxation-policy/',
    date: '2019-05-28',
  },
  S11: {
    title: '2022 CBEC positive list (1,476 tariff lines) and remarks',
    url: 'https://ssopdot.com/blog/6801.html',
    date: null,
  },
  S12: {
    title: 'Changes in the 2022 CBEC positive list',
    url: 'http://www.qzztcn.com/en/2022/03/03/this-article-explores-the-changes-brought-about-by-the-positive-list-of-cross-border-e-commerce-in-2022/',
    date: '2022-03-03',
  },
  S13: { title: 'CBEC positive list editions 2016 and 2019', url: 'https://cceeccic.org/1377160570.html', date: null },
  S14: {
    title: 'CIRS: China positive list for CBEC retail imports released (2016)',
    url: 'https://www.cirs-group.com/en/food/china-the-positive-list-on-cross-border-e-commerce-of-imported-commodities-at-retail-has-been-released',
    date: '2016',
  },
  S15: {
    title: "China's cross-border e-commerce policies explained (fresh food bonded only)",
    url: 'https://www.digiantglobal.com/chinas-cross-border-e-commerce-policies-explained/',
    date: null,
  },
  S16: {
    title: 'FreshPlaza: JD.com and Tmall import fresh fruit via CBEC (USDA FAS)',
    url: 'https://freshplaza.com/north-america/article/9703759/jd-com-and-tmall-import-fresh-fruit-via-cross-border-e-commerce-expanding-cold-chain-capabilities',
    date: null,
  },
  S17: {
    title: 'CBEC customs modes 1210/9610/1239 (Shangcaifa [2018] 486)',
    url: 'https://ssopdot.com/blog/6863.html',
    date: null,
  },
  S18: {
    title: 'CBEC personal-use supervision (GACC Ann. 194/2018)',
    url: 'https://ssopdot.com/blog/6401.html',
    date: null,
  },
  S19: {
    title: 'GACC Q&A: CBEC Chinese e-label and risk notice',
    url: 'http://ieasytrip.com/OOK5uw3J6L2F9fHaS4a3ggO0O0OO0O0O1.html',
    date: null,
  },
  S20: {
    title: 'Foreign CBEC enterprise must appoint a domestic agent',
    url: 'https://ssopdot.com/blog/6443.html',
    date: null,
  },
  S21: { title: 'Tmall Global store requirements', url: 'https://ssopdot.com/blog/8191.html', date: null },
  S22: {
    title: 'Cross-border solutions: Alipay settlement and Cainiao warehousing',
    url: 'https://edp.nextplat.com/cross-border-solutions',
    date: null,
  },
  S23: {
    title: 'Tmall Global direct-mail shipping and settlement terms',
    url: 'https://ssopdot.com/blog/8157.html',
    date: null,
  },
  S24: {
    title: 'General-trade goods sold on domestic platforms',
    url: 'http://www.plnmw.com/InformationConsulting/lfgkllrdvi.html',
    date: null,
  },
  S25: {
    title: 'Supply Chain Asia: new China regulations on cross-border e-commerce',
    url: 'https://supplychainasia.org/new-china-regulations-e-commerce-borders/',
    date: '2016',
  },
  S26: { title: 'China wine VAT', url: 'https://www.chinawinebusiness.com/what-s-new/hashtags/VAT', date: null },
  S30: {
    title: 'The Drinks Business: beer and sparkling wine added to CBEC list',
    url: 'https://thedrinksbusiness.com/?p=430984',
    date: '2018-11',
  },
  S26a: {
    title: 'Supply Chain Asia: apparel and footwear on the CBEC list',
    url: 'https://supplychainasia.org/new-china-regulations-e-commerce-borders/',
    date: '2016',
  },
  S27: {
    title: 'Expeditors: China announces VAT reform measures (2019)',
    url: 'https://info.expeditors.com/newsflash/china-announces-vat-reform-measures',
    date: '2019',
  },
  S28: {
    title: 'Metal Bulletin: China announces VAT cut on imported goods (2018)',
    url: 'https://www.metalbulletin.com/Article/3798683/China-announces-VAT-cut-on-all-imported-goods-%5BUPDATED%5D.html',
    date: '2018-04-04',
  },
  S29a: {
    title: 'China VAT Law in force 2026-01-01',
    url: 'https://www.fiscal-requirements.com/news/3664',
    date: null,
  },
  S29b: {
    title: 'MOF Announcement 9/2026: scope of 9% VAT goods',
    url: 'https://vatfaqs.com/news/china-mof-announces-policy-on-scope-of-vat-mlayxj0q',
    date: '2026-01-31',
  },
  S30a: {
    title: 'China Wine Business: aggregate import tax on wine',
    url: 'https://www.chinawinebusiness.com/what-s-new/hashtags/aggregatetax',
    date: '2018',
  },
  S31: {
    title: 'Wine Business International: new CBEC tax scheme in China',
    url: 'https://www.wine-business-international.com/wine/analysis/new-tax-scheme-china',
    date: '2016',
  },
  S31a: {
    title: 'China import tax on wine HS 2204210000 (MFN 14%, VAT 13%, CT 10%)',
    url: 'https://wodefinance.com/Trademarkinquiry/srlegfrtbe.html',
    date: null,
  },
  S32: {
    title: 'Vino Joy: cross-border wine profiteering case (2019)',
    url: 'https://vino-joy.com/2019/10/07/shenzhen-wine-merchant-sentenced-to-prison-for-profiteering-from-cross-border-wines/',
    date: '2019-10-07',
  },
  S33: {
    title: 'Vino Joy: cross-border fine wine smuggling case (2022)',
    url: 'https://vino-joy.com/2022/01/31/chinese-wine-importer-jailed-for-cross-border-fine-wine-smuggling/',
    date: '2022-01-31',
  },
  S34: {
    title: 'Wine Institute: Chinese importers may apply for tariff relief',
    url: 'https://wineinstitute.org/news-alerts/chinese-importers-may-now-apply-for-tariff-relief',
    date: '2020',
  },
  S35: {
    title: 'Grape Wall of China: US wine importers get tariff relief (2020)',
    url: 'https://grapewallofchina.com/2020/06/09/taxing-situation-u-s-wine-importers-get-tariff-relief/amp',
    date: '2020-06-09',
  },
  S36: {
    title: 'USDA FAS: China reduces certain additional tariffs (2020)',
    url: 'https://www.fas.usda.gov/data/china-china-announces-reductions-certain-additional-tariffs',
    date: '2020-02-06',
  },
  S40: {
    title: 'FreshFruitPortal: China publishes new produce import approval list (2014)',
    url: 'https://www.freshfruitportal.com/news/2014/09/23/china-publishes-new-produce-import-approval-list/',
    date: '2014-09-23',
  },
  S41: {
    title: 'China Daily: US apples cleared for China (2015)',
    url: 'http://www.syxj.com.cn/business/2015-01/28/content_19425508.htm',
    date: '2015-01-28',
  },
  S42: { title: 'MLive: China opens to all US apple varieties (2015)', url: 'http://ow.ly/I68le', date: '2015-01-26' },
  S43: {
    title: 'The Packer: Chinese apple imports cleared (2015)',
    url: 'http://www.thepacker.com/news/chinese-apple-imports-cleared-us',
    date: '2015-04',
  },
  S44: {
    title: 'WGA: China closes market to Tulare County citrus (2015)',
    url: 'https://www.wga.com/news/china-closes-market-for-citrus-to-citrus-originating-in-tulare-county/',
    date: '2015-02-19',
  },
  S45: {
    title: 'Agri-Pulse: China reopens market to California citrus (2014)',
    url: 'https://agri-pulse.com/articles/4326-china-reopens-market-to-california-citrus',
    date: '2014-08-22',
  },
  S46: {
    title: 'just-food: US plum exports to China resume',
    url: 'https://www.just-food.com/news/us-ca-plum-exports-to-china-resume/',
    date: null,
  },
  S47: {
    title: 'Asiafruit: California strawberries gain China access (2016)',
    url: 'https://fruitnet.com/asiafruit/article/170389/ca-strawberries-celebrate-china-access',
    date: '2016',
  },
  S48: {
    title: 'Produce Report: Californian strawberries to arrive in China (2016)',
    url: 'https://www.producereport.com/article/californian-strawberries-soon-arrive-china',
    date: '2016-08-18',
  },
  S49: {
    title: 'FreshFruitPortal: California nectarines gain access to China (2020)',
    url: 'https://freshfruitportal.com/news/2020/03/09/california-nectarines-gain-access-to-china',
    date: '2020-03-09',
  },
  S50: {
    title: 'FreshFruitPortal: Chinese market opens for US blueberries (2020)',
    url: 'https://freshfruitportal.com/news/2020/05/14/chinese-market-opens-for-u-s-blueberries',
    date: '2020-05-14',
  },
  S51: {
    title: 'US blueberries and avocados gain access to China (2020)',
    url: 'https://fjfnews.com/u-s-blueberries-avocados-gain-access-to-china',
    date: '2020',
  },
  S52: {
    title: 'GACC Announcement 64/2020 (US blueberries)',
    url: 'https://www.laitimes.com/en/article/3vrn_3w6e.html',
    date: '2020-05-13',
  },
  S53: {
    title: 'Produce Report: market access list (updated 2024-01-29)',
    url: 'https://www.producereport.com/market-access-list',
    date: null,
  },
  S54: {
    title: 'Phytosanitary Certificate Issuance and Tracking System (PCIT)',
    url: 'https://en.wikipedia.org/wiki/Phytosanitary_Certificate_Issuance_and_Tracking_System',
    date: null,
  },
  S55: { title: 'USDA APHIS PCIT sign-in', url: 'https://pcit.aphis.usda.gov/pcit/faces/signIn.jsf', date: null },
  S56: {
    title: 'Minnesota Dept. of Agriculture: phytosanitary certification applicant responsibilities',
    url: 'https://mda.state.mn.us/business-dev-loans-grants/phytosanitary-certification-applicant-responsibilities',
    date: null,
  },
  S57: {
    title: 'Imported fruit customs clearance process (China)',
    url: 'http://songqiuming.cn/food-wine/imported-fruit-customs-clearance-process',
    date: null,
  },
  S58: {
    title: 'Packaging rules for agricultural products exported to China',
    url: 'https://antvina.com/en/what-are-the-regulations-on-packaging-of-agricultural-products-when-exporting-to-china/',
    date: null,
  },
  S59: {
    title: 'Asiafruit: US nectarines in China (2020)',
    url: 'https://fruitnet.com/asiafruit/tough-competition-for-us-nectarines-in-china/182486.article',
    date: '2020',
  },
  S60: {
    title: 'WCO HS 2204.22 from 2017',
    url: 'https://www.jjxwrlq.com/html/2015/putaojiu_1221/5742.html',
    date: '2015-12-21',
  },
  S61: { title: 'Tariff number 2204.22', url: 'https://tariffnumber.com/2025/22042284', date: '2025' },
  S62: {
    title: 'ResearchInChina: China wine tariffs (bulk 20%)',
    url: 'http://www.researchinchina.com/Htmls/News/200712/9419.html',
    date: '2007',
  },
  S63: {
    title: 'Fortune: China tariffs on 128 US products (2018-04-02)',
    url: 'http://fortune.com/2018/04/02/china-tariffs-128-us-products/',
    date: '2018-04-02',
  },
  S64: {
    title: 'WSSA: new tariffs on wine shipped to China (2018)',
    url: 'http://wssa.com/blog/new-tariffs-begin-today-wine-shipped-china',
    date: '2018-04-02',
  },
  S65: {
    title: 'FinChannel: additional China tariff increase on US wine (2018)',
    url: 'https://finchannel.com/additional-china-tariff-increase-on-u-s-wine/',
    date: '2018-09',
  },
  S66: {
    title: 'China HS/CIQ tariff database: apparel headings 6111/6114/6204/6206/6207',
    url: 'https://china-gacc.agency/China_HS_CIQ_code/Head_search.asp?page=0&word=6114',
    date: null,
  },
  S67: {
    title: 'China increases tariffs on US wine (2019)',
    url: 'https://thirtyfifty.co.uk/wine-news-detail.asp?id=1862&title=China-responds-to-Trump-trade-war-by-increasing-tariffs-of-US-wine',
    date: '2019',
  },
  S68: {
    title: 'ChemLinked: China 10-15% tariffs on US agricultural exports (2025-03)',
    url: 'https://food.chemlinked.com/news/food-news/china-hits-back-with-10-15-tariffs-on-key-us-agricultural-exports-amid-trade-war-tensions',
    date: '2025-03',
  },
  S69: {
    title: 'ABC News: China extra tariffs on US farm imports (2025-03-04)',
    url: 'https://abcnews.go.com/Business/wireStory/china-slaps-extra-tariffs-15-imports-major-us-119415771',
    date: '2025-03-04',
  },
  S70: {
    title: 'TASS: China reduces additional tariffs on US goods (2025-05)',
    url: 'https://tass.com/world/1956461',
    date: '2025-05-12',
  },
  S71: {
    title: 'Mondaq: China tariff adjustments on US goods (2025-05)',
    url: 'https://www.mondaq.com/china/international-trade-investment/1624812/',
    date: '2025-05-15',
  },
  S72: {
    title: 'Report.az: China retains 10% levy on US goods (2025-11)',
    url: 'https://report.az/en/other-countries/china-confirms-suspension-of-24-tariff-on-us-goods-retains-10-levy',
    date: '2025-11-05',
  },
  S73: {
    title: 'China extends suspension of additional tariffs on US goods (2025-11)',
    url: 'https://benzinga.com/news/politics/25/11/48645413/',
    date: '2025-11',
  },
  S74: { title: 'TTB: wine exports to China', url: 'https://ttb.gov/import-export/itd/wine-export-china', date: null },
  S75: {
    title: 'TTB: consolidated export wine certificate guidance (2013)',
    url: 'https://www.ttb.gov/public-information/news/consolidated-export-wine-certificate-guidance',
    date: '2013-12-23',
  },
  S76: {
    title: 'Wine Law on Reserve: TTB wine export certificates for China',
    url: 'https://winelawonreserve.com/ttb-public-guidance-wine-export-certificates-china-us',
    date: '2013-12',
  },
  S77: {
    title: 'Agency clearance of imported wine: documents',
    url: 'http://en.simbachina.cn/dailibaoguan_view.aspx?nid=8&typeid=50028&id=525',
    date: null,
  },
  S78: {
    title: 'Imported wine clearance: documents and 14-day declaration',
    url: 'http://www.suixin56.com/news/1/13.html',
    date: null,
  },
  S79: {
    title: 'Import/export requirements for the PRC (wine labelling)',
    url: 'https://docslib.org/doc/11148382/import-export-requirements-for-the-peoples-republic-of-china',
    date: null,
  },
  S80: {
    title: 'The Drinks Business: Chinese customs banned 34 batches of wine (2021)',
    url: 'https://www.thedrinksbusiness.com/2021/07/chinese-customs-banned-34-batches-of-wine-from-entering-country-this-year/',
    date: '2021-07-29',
  },
  S81: {
    title: 'CIRS: label filing for imported prepackaged food cancelled from 2019-10-01',
    url: 'https://www.cirs-group.com/en/food/label-filing-requirements-for-imported-pre-packaged-food-will-be-cancelled-from-october-1',
    date: '2019-04',
  },
  S82: {
    title: 'Food Compliance International: GACC cancels label filing (2019)',
    url: 'https://foodcomplianceinternational.com/industry-insight/news/1198-gac-cancel-label-filing-for-imported-pre-packaged-food',
    date: '2019-04-30',
  },
  S83: {
    title: 'ChemLinked: GB 7718-2025 labelling standard released',
    url: 'https://food.chemlinked.com/news/food-news/china-releases-gb-7718-2025-general-standard-for-the-labeling-of-prepackaged-foods',
    date: '2025-03',
  },
  S84: {
    title: 'GB 7718 labelling standard (2011 and 2025 editions)',
    url: 'https://www.chinesestandard.net/PDF.aspx/GB7718-2011',
    date: '2025',
  },
  S85: {
    title: 'China HS/CIQ tariff database: headings 0810, 0813, 2007, 2008',
    url: 'https://china-gacc.agency/China_HS_CIQ_code/Head_search.asp?page=-1&word=0813',
    date: null,
  },
  S86: {
    title: 'HTSHub: China tariff 0809400090 (plums)',
    url: 'https://htshub.com/cn-hs/detail/0809400090',
    date: '2024-01-18',
  },
  S87: { title: 'Aggregator listing for 0805100000 (oranges) - no address', url: null, date: null },
  S87b: {
    title: 'Kanzei: HS 0409 natural honey',
    url: 'http://www.kanzei.or.jp/statistical/tariff/detail/index/e/0409000001',
    date: null,
  },
  S88: {
    title: 'ChemLinked: GACC clarifies Decree 248/249 implementation',
    url: 'https://food.chemlinked.com/news/food-news/gacc-clarifies-implementation-matters-of-decree-248-249-involving-food-import-declaration-and-labeling',
    date: '2021',
  },
  S89: { title: 'AGW: GACC Decree 248 registration categories', url: 'https://agw.org.au/?p=2370', date: '2021-10' },
  S90: {
    title: 'knoell: Decree 248 changes for food exporters to China',
    url: 'https://www.knoell.com/en/news/decree-no-248-brings-changes-for-food-exporters-to-china',
    date: '2021',
  },
  S91: {
    title: 'WPA: China new registration and labelling rules (2021)',
    url: 'https://wpa.org.au/chinas-new-registration-and-labelling-rules/',
    date: '2021-12',
  },
  S92: {
    title: 'GAC Decree 280 overseas food manufacturer registration (Ann. 27/2026)',
    url: 'https://insights.made-in-china.com/GAC-New-Overseas-Food-Manufacturer-Registration-Rules-Effective-June-1-A-Guide-for-Exporters_eaoAYkRJRQHc.html',
    date: '2026-03',
  },
  S93: {
    title: 'Decree 248 registration for wine and spirits',
    url: 'https://spirits.eu/index.php/media/spiritsnews/88/489',
    date: '2021',
  },
  S94: {
    title: 'China issues new GACC regulation on overseas food manufacturer registration (Decree 280)',
    url: 'https://www.zmuni.com/en/news/chinaissuesnewgaccregulationonregistrationofoverseasfoodmanu',
    date: '2025-10',
  },
  S95: {
    title: 'Decree 280: customs regulation update (2025-10)',
    url: 'https://seahonor.com/en/industry/info/customs-12-EN',
    date: '2025-10-14',
  },
  S96: {
    title: 'Imported wine customs clearance: importer filing',
    url: 'http://x7712.cn/en/import-agent-services/import-french-wine-customs-clearance',
    date: null,
  },
  S97: {
    title: 'HS Section XI (textiles) chapter notes',
    url: 'https://sunsite.icm.edu.pl/untpdc/eto/standards/hs/sec11.html',
    date: null,
  },
  S98: {
    title: 'US Schedule B 2008, chapter 61',
    url: 'https://webarchive.library.unt.edu/eot2008/20081105031248/http:/www.census.gov/foreign-trade/schedules/b/2008/c61.txt',
    date: '2008',
  },
  S99: {
    title: 'China clothing tariff cut and GB 18401 (2020)',
    url: 'https://enmar.chicfair.com/syzhxw/8281.html',
    date: '2020-01-29',
  },
  S100: {
    title: 'China import tariff cuts on clothing and footwear (2018-07-01)',
    url: 'https://learning.eshopworld.com/latest-news-updates/china-import-tariffs/',
    date: '2018',
  },
  S101: {
    title: 'QIMA: GB 18401 textile testing and labelling',
    url: 'https://www.qima.com/lab-testing/GB-18401-textile-testing-labeling-china',
    date: null,
  },
  S102: {
    title: 'UL: China standardises instructions for use of textiles and apparel (GB 5296.4)',
    url: 'https://chemlinked.com/news/chemical-news/china-standardize-instructions-use-textiles-and-apparel',
    date: '2014',
  },
  S103: {
    title: "UL: China infants' and children's textile safety standard (GB 31701)",
    url: 'https://www.ul.com/news/china-enacts-infant-and-childrens-textile-safety-standard',
    date: '2015',
  },
  S104: {
    title: 'Imported garments: origin and Chinese importer labelling',
    url: 'http://weixifushi88.sjfzxm.com/global/en/37694.html',
    date: null,
  },
  S105: {
    title: 'GACC Announcement 120/2022: admission requirements for imported clothing',
    url: 'https://www.oujiangroup.com/news/general-administration-of-customs-announcement-no-120-of-2022-announcement-on-admission-requirements-for-imported-clothing/',
    date: '2024-04',
  },
  S106: {
    title: 'CCC certification and China import licensing',
    url: 'https://www.redflagsolutions.co/en/blog/ccc-certification-china-import-licensing',
    date: null,
  },
  S107: {
    title: 'China product certification guide (CCC scope)',
    url: 'https://en.zhongshenchina.com/guides/china-product-certification',
    date: '2025',
  },
  S108: {
    title: 'USDA FAS: China FAIRS export certificate report',
    url: 'https://www.fas.usda.gov/data/china-fairs-export-certificate-report-3',
    date: null,
  },
  S109: { title: 'HS 1702.20 maple sugar and maple syrup', url: 'https://htshub.com/us-hs/head/170220', date: '2024' },
  S110: {
    title: 'USDA FSIS export library: China',
    url: 'https://www.fsis.usda.gov/inspection/import-export/import-export-library/china',
    date: '2024',
  },
  S111: {
    title: 'FSIS updated export library for China (2020)',
    url: 'https://americanporkclub.com/Home/news/news-usa/fsis-updated-export-library-china',
    date: '2020-03',
  },
  S112: {
    title: 'US beef plant registrations for China lapsed (2025-03)',
    url: 'https://belacereais.com.br/en/2025/algodao/eua-x-china-386-frigorificos-de-carne-bovina-nos-estados-unidos-seguem-sem-renovacao-da-habilitacao-para-exportar-para-a-china',
    date: '2025-03',
  },
  S113: {
    title: 'Advisory: comply with GACC registration (Decree 248)',
    url: 'https://www.tradeline.dti.gov.ph/web/tradeline-portal/advisories/-/asset_publisher/CDlJQPQ4XE8Z/content/advisory-ph-exporters-to-china-encouraged-to-comply-with-gacc-as-china-bans-taiwan-food-imports',
    date: '2022',
  },
  S114: {
    title: 'trade.gov: Electronic Export Information (EEI)',
    url: 'https://www.trade.gov/electronic-export-information-eei',
    date: null,
  },
  S116: {
    title: 'Legal Clarity: what numbers do EINs start with (IRS prefixes)',
    url: 'https://legalclarity.org/what-numbers-do-eins-start-with-irs-prefixes',
    date: null,
  },
  S117: {
    title: 'HTS and Schedule B classification',
    url: 'https://www.m-pactsolutions.com/hts-schedule-b-classification/',
    date: '2017',
  },
  S118: { title: 'HS code structure', url: 'http://tndec.com/index.php/exporting/hs-codes', date: null },
  S118a: {
    title: 'China HS code structure (8/10/13 digits)',
    url: 'http://www.transcustoms.com/china-hs-code/',
    date: null,
  },
  S119: {
    title: 'HTS vs Schedule B codes explained',
    url: 'https://www.camtomx.com/en/blog/hts-vs-schedule-b-codes-explained',
    date: null,
  },
  S120: {
    title: 'EAR99 licensing requirements',
    url: 'https://www.ctp-inc.com/articles/understanding-ear99-licensing-requirements',
    date: null,
  },
  S121: {
    title: 'MIT: export control regulations',
    url: 'https://research.mit.edu/integrity-and-compliance/export-control/information-documents/export-control-regulations/export',
    date: null,
  },
  S122: {
    title: 'University of Colorado: EEI filing',
    url: 'https://www.colorado.edu/researchinnovation/export-controls/International-Shipments/EEI',
    date: null,
  },
  S123: {
    title: 'Updates to EEI requirements for exports to China (2020)',
    url: 'https://ctp-inc.com/articles/updates-to-eei-requirements-for-exports-to-china-venezuela-and-russia',
    date: '2020-06',
  },
  S124: {
    title: 'Commerce partially delays EEI requirements for China (2020)',
    url: 'https://www.thompsonhinesmartrade.com/2020/06/department-of-commerce-partially-delays-electronic-export-information-eei-filing-requirements-for-certain-shipments-to-china-russia-and-venezuela/',
    date: '2020-06-25',
  },
  S125: {
    title: '15 CFR Part 30 / 758.1: EEI filing exemptions',
    url: 'http://winter.law.cornell.edu/cfr/text/15/appendix-B_to_part_30',
    date: '2017',
  },
  S126: {
    title: 'Export record-keeping (5 years)',
    url: 'https://mcp.waymark.network/r/bdf07d3e-fb34-4db4-bcd1-d2185def35af',
    date: null,
  },
  S127: { title: 'Incoterms 2020', url: 'https://myronlogistics.com/en/res_info/id-6.html', date: null },
  S128: {
    title: 'USDA expands China presence (ATOs)',
    url: 'http://www.croplife.com/uncategorized/usda-expands-china-presence/',
    date: '2007',
  },
  S129: {
    title: 'US trade office opens in Shenyang',
    url: 'https://fruitnet.com/asiafruit/us-trade-office-opens-in-shenyang/8219.article',
    date: '2010',
  },
  S130: {
    title: 'USDA awarding MAP and FMD funds (FY2024)',
    url: 'https://wfin.com/agnet/usda-awarding-map-and-fmd-funds/',
    date: '2024-01-24',
  },
  S131: {
    title: 'Food Export: 2026 Branded Program manual',
    url: 'https://issuu.com/foodexport/docs/2026_branded_program_manual',
    date: '2026',
  },
  S132: {
    title: 'Connecticut: export program market promotion',
    url: 'https://portal.ct.gov/doag/marketing/marketing/export-program-market-promotion',
    date: null,
  },
  S133: { title: 'SUSTA: MAP/Branded program FAQ', url: 'http://www.susta.org/services/map_faq.html', date: null },
  S134: {
    title: 'SBA size standards summary (2016)',
    url: 'https://webarchive.library.unt.edu/web/20170118224728/https://www.sba.gov/contracting/getting-started-contractor/make-sure-you-meet-sba-size-standards/summary-size-standards-industry-sector',
    date: '2016-02-26',
  },
  S135: {
    title: 'NAICS size standards (eff. 2019-08-19)',
    url: 'https://siccode.com/page/naics-size-standards',
    date: null,
  },
  S136: {
    title: 'SBA inflation adjustment of monetary size standards (2022-12-19)',
    url: 'https://casetext.com/federal-register/small-business-size-standards-adjustment-of-monetary-based-size-standards-disadvantage-thresholds-and-8a-eligibility-thresholds-for-inflation',
    date: null,
  },
  S137: {
    title: 'SBA employee-based size standards (2023-03-17)',
    url: 'http://federal.elaws.us/fr/2/15/2023/2023-02780',
    date: null,
  },
  S138: {
    title: 'How does the SBA define a small business',
    url: 'https://experts123.com/q/how-does-the-sba-define-a-small-business.html',
    date: null,
  },
  S139: {
    title: 'East North Central States',
    url: 'https://simple.wikipedia.org/wiki/East_North_Central_States',
    date: null,
  },
  S140: {
    title: 'West North Central States',
    url: 'https://simple.m.wikipedia.org/wiki/West_North_Central_States',
    date: null,
  },
  S141: {
    title: 'Which states the Census defines as Midwest',
    url: 'https://eatsip365.com/which-states-the-census-defines-as-midwest',
    date: null,
  },
  S142: {
    title: 'How EINs are assigned and valid EIN prefixes',
    url: 'https://cdssolutions.org/lessons/how-eins-are-assigned-and-valid-ein-prefixes',
    date: null,
  },
  S143: { title: 'US EIN validator', url: 'https://tools.gera.services/us-ein-validator', date: null },
  S144: {
    title: 'IRS Fact Graph: EIN type (invalid prefixes)',
    url: 'https://github.com/openfiletax/fact-graph/blob/4dfbcfde36ae23f9f7af2d3ce7b829c0c9c965ec/shared/src/main/scala/gov/irs/factgraph/types/Ein.scala',
    date: null,
  },
  S145: { title: 'Melissa: ZIP+4 glossary', url: 'https://www.melissa.com/glossary/zip4', date: null },
  S146: { title: 'ZIP code look-up', url: 'https://shipgsl.com/shipping-tools/zip-code-look-up/', date: null },
  S147: {
    title: '50 CFR 23.68: international trade in roots of American ginseng (eCFR)',
    url: 'https://www.ecfr.gov/current/title-50/section-23.68',
    date: null,
  },
  S148: {
    title: 'USFWS, Federal Register 1994-09-26: export of American ginseng (CITES findings by State)',
    url: 'https://www.govinfo.gov/content/pkg/FR-1994-09-26/html/94-23739.htm',
    date: '1994-09-26',
  },
  // The reference names the Wisconsin programmes without an address; the agencies' home pages are
  // given, and the programme details (Wis. Stat. 29.611, Wis. Adm. Code NR 28) are cited by name.
  S149a: {
    title: 'Wisconsin DNR: wild ginseng licensing and certification (Wis. Stat. 29.611, Wis. Adm. Code NR 28)',
    url: 'https://dnr.wisconsin.gov/',
    date: null,
  },
  S149b: {
    title: 'Wisconsin DATCP: certification of cultivated ginseng',
    url: 'https://datcp.wi.gov/',
    date: null,
  },
  S150: {
    title: 'UL: China publishes national compulsory standard for infants’ and children’s textiles (GB 31701-2015)',
    url: 'https://www.ul.com/news/china-publishes-national-compulsory-standard-infants-and-childrens-textile-and-apparel',
    date: '2015-06-08',
  },
  S151: {
    title: 'CIRS: GB 31701-2015 scope and requirements (in Chinese)',
    url: 'https://www.cirs-ck.com/cn/gb-31701-2015-yyejetfzcpaqjsgf',
    date: '2016-11-16',
  },
  S152: {
    title:
      'WIPO Nice Classification, 12th edition: class 25 (clothing, footwear, headgear) and class 35 (advertising, retail services)',
    url: 'https://www.wipo.int/classifications/nice/en/',
    date: null,
  },
  // Added beyond the reference: US agencies' own pages for facts the reference supports only secondarily.
  S153: {
    title:
      'International Trade Administration: common export documents (commercial invoice, packing list, bill of lading, air waybill, certificate of origin)',
    url: 'https://www.trade.gov/common-export-documents',
    date: null,
  },
  S154: {
    title: 'International Trade Administration: Consolidated Screening List of restricted parties',
    url: 'https://www.trade.gov/consolidated-screening-list',
    date: null,
  },
} as const satisfies Record<string, ReferenceSource>;

export type SourceId = keyof typeof REFERENCE_SOURCES;

/** Regulators, government bodies and their official texts; every other source is secondary. */
const PRIMARY: ReadonlySet<SourceId> = new Set<SourceId>([
  'S36', // USDA FAS
  'S55', // USDA APHIS PCIT
  'S56', // Minnesota Department of Agriculture
  'S74', // TTB
  'S75', // TTB
  'S98', // US Census Schedule B (archived copy of census.gov)
  'S108', // USDA FAS
  'S110', // USDA FSIS
  'S114', // International Trade Administration
  'S132', // Connecticut Department of Agriculture
  'S134', // SBA (archived copy of sba.gov)
  'S147', // eCFR
  'S148', // Federal Register (govinfo.gov)
  'S149a', // Wisconsin DNR
  'S149b', // Wisconsin DATCP
  'S152', // WIPO
  'S153', // International Trade Administration
  'S154', // International Trade Administration
]);

const FOODS: readonly CategoryCode[] = ['fresh_fruit', 'vegetables', 'wine', 'beverages', 'processed_food'];
const PACKAGED: readonly CategoryCode[] = ['wine', 'beverages', 'processed_food'];
const PLANTS: readonly CategoryCode[] = ['fresh_fruit', 'vegetables', 'processed_food'];

/**
 * What each source is about, where it is about particular products: a requirement may only cite, for a
 * product, sources about that product's category or general ones (a wine clearance page is no source
 * for apparel documents).
 */
const ABOUT: Partial<Record<SourceId, readonly CategoryCode[]>> = {
  S14: FOODS,
  S15: ['fresh_fruit', 'vegetables', 'processed_food'],
  S16: ['fresh_fruit'],
  S26: ['wine'],
  S26a: ['apparel', 'footwear'],
  S30: ['wine', 'beverages'],
  S30a: ['wine'],
  S31: ['wine'],
  S31a: ['wine'],
  S32: ['wine'],
  S33: ['wine'],
  S34: ['wine'],
  S35: ['wine'],
  ...Object.fromEntries(
    ['S40', 'S41', 'S42', 'S43', 'S44', 'S45', 'S46', 'S47', 'S48', 'S49', 'S50', 'S51', 'S52', 'S53'].map((id) => [
      id,
      ['fresh_fruit'],
    ]),
  ),
  S54: PLANTS,
  S55: PLANTS,
  S56: PLANTS,
  S57: ['fresh_fruit'],
  S58: ['fresh_fruit'],
  S59: ['fresh_fruit'],
  S60: ['wine'],
  S61: ['wine'],
  S62: ['wine'],
  S64: ['wine'],
  S65: ['wine'],
  S66: ['apparel'],
  S67: ['wine'],
  S74: ['wine'],
  S75: ['wine'],
  S76: ['wine'],
  S77: ['wine'],
  S78: ['wine'],
  S79: ['wine'],
  S80: ['wine'],
  S81: PACKAGED,
  S82: PACKAGED,
  S83: PACKAGED,
  S84: PACKAGED,
  S85: ['fresh_fruit', 'processed_food'],
  S86: ['fresh_fruit'],
  S87: ['fresh_fruit'],
  S87b: ['processed_food'],
  S88: FOODS,
  S89: FOODS,
  S90: FOODS,
  S91: ['wine'],
  S92: FOODS,
  S93: ['wine', 'beverages'],
  S94: FOODS,
  S95: FOODS,
  S96: ['wine'],
  S97: ['apparel'],
  S98: ['apparel'],
  S99: ['apparel', 'footwear'],
  S100: ['apparel', 'footwear'],
  S101: ['apparel'],
  S102: ['apparel'],
  S103: ['apparel'],
  S104: ['apparel'],
  S105: ['apparel'],
  S106: ['apparel', 'footwear'],
  S107: ['apparel', 'footwear'],
  S108: FOODS,
  S109: ['processed_food'],
  S110: ['processed_food'],
  S111: ['processed_food'],
  S112: ['processed_food'],
  S113: FOODS,
  S131: FOODS,
  S133: FOODS,
  S147: ['processed_food'],
  S148: ['processed_food'],
  S149a: ['processed_food'],
  S149b: ['processed_food'],
  S150: ['apparel'],
  S151: ['apparel'],
};

export const SOURCES: Readonly<Record<SourceId, Source>> = Object.fromEntries(
  (Object.entries(REFERENCE_SOURCES) as [SourceId, ReferenceSource][]).map(([id, s]) => [
    id,
    { ...s, kind: PRIMARY.has(id) ? 'primary' : 'secondary', ...(ABOUT[id] ? { categories: ABOUT[id] } : {}) },
  ]),
) as Record<SourceId, Source>;
