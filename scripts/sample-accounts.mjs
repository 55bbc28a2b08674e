// Writes assets/prospects/sample-accounts.csv: about 300 contacts in 80 accounts (buying centres
// of 1–6 people), plus a few contacts without an account. Each contact has a buying-centre role
// (decision_maker, influencer, user, buyer, gatekeeper) in `role` and a job title in `title`;
// the company data (industry, companySize, revenue, country, region) is the same for every
// contact of an account. Deterministic: a fixed seed, so running it again gives the same file.
//
//   node scripts/sample-accounts.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'assets/prospects/sample-accounts.csv');
const SEED = 18;
const ACCOUNTS = 80;
const ALONE = 12;

// mulberry32: small, fast and the same on every machine.
let state = SEED >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
/** One of the values by weight: [[value, weight], …]. */
function weighted(pairs) {
  let r = random() * pairs.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of pairs) if ((r -= w) < 0) return value;
  return pairs[pairs.length - 1][0];
}
/** k different items of a list, in the list's order after a shuffle. */
function sample(list, k) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, k);
}

// Company names: a stem and a form, each pair used once.
const STEMS = ['Cobalt', 'Tannenhof', 'Lumen', 'Fjord', 'Nordlicht', 'Aurora', 'Birkwald', 'Kestrel', 'Meridian', 'Quarzwerk', 'Helix', 'Rheinfeld', 'Solace', 'Vantage', 'Alpenrose', 'Brightwater', 'Eichbaum', 'Granite', 'Halcyon', 'Ironbridge', 'Juniper', 'Lindqvist', 'Marlow', 'Oakridge', 'Polaris', 'Silberberg', 'Tidewell', 'Westhaven'];
const FORMS = [
  ['Industries', 'industries'],
  ['Labs', 'labs'],
  ['Group', 'group'],
  ['GmbH', 'gmbh'],
  ['Systems', 'systems'],
  ['& Co.', 'co'],
];
const INDUSTRIES = ['Software', 'Manufacturing', 'Financial services', 'Healthcare', 'Retail', 'Education'];
const COUNTRIES = [
  ['DE', 'DACH', 'de', 30],
  ['AT', 'DACH', 'de', 8],
  ['CH', 'DACH', 'de', 8],
  ['GB', 'Western Europe', 'en', 14],
  ['NL', 'Western Europe', 'en', 10],
  ['FR', 'Western Europe', 'en', 10],
  ['US', 'North America', 'en', 20],
];
// Company size (employees) and revenue per employee in EUR, roughly by industry.
const SIZES = [[30, 10], [80, 16], [150, 16], [250, 16], [600, 14], [1200, 12], [3000, 9], [8000, 7]];
const REVENUE_PER_EMPLOYEE = { Software: 180_000, Manufacturing: 240_000, 'Financial services': 300_000, Healthcare: 150_000, Retail: 210_000, Education: 90_000 };
const CONTACTS = [[1, 8], [2, 12], [3, 20], [4, 25], [5, 20], [6, 15]];

// Buying-centre roles: the persona that fits, job titles, seniority.
const ROLES = {
  decision_maker: { personas: [['decision_maker', 1]], titles: ['CMO', 'VP Sales', 'Head of Marketing', 'Managing Director'], seniority: ['executive', 'director'] },
  influencer: { personas: [['researcher', 3], ['decision_maker', 1]], titles: ['Marketing Manager', 'Head of Demand Generation', 'Sales Operations Lead'], seniority: ['manager', 'director'] },
  user: { personas: [['researcher', 2], ['tire_kicker', 1]], titles: ['Campaign Manager', 'Marketing Specialist', 'Marketing Analyst', 'CRM Specialist'], seniority: ['specialist', 'manager'] },
  buyer: { personas: [['researcher', 2], ['tire_kicker', 1]], titles: ['Procurement Manager', 'Purchasing Lead'], seniority: ['manager', 'specialist'] },
  gatekeeper: { personas: [['tire_kicker', 3], ['researcher', 1]], titles: ['Assistant to the CMO', 'Office Manager', 'IT Security Officer'], seniority: ['specialist'] },
};
const OTHER_ROLES = [['influencer', 4], ['user', 4], ['buyer', 2], ['gatekeeper', 2]];
const FIRST = ['Maya', 'Emma', 'Mia', 'Jonas', 'Lukas', 'Sophie', 'Noah', 'Lea', 'Elias', 'Hannah', 'Paul', 'Clara', 'Felix', 'Ida', 'Oskar', 'Nora', 'Jan', 'Lina', 'Theo', 'Marie', 'Ben', 'Amira', 'Karim', 'Zoe', 'Liam', 'Olivia', 'Ethan', 'Chloé', 'Luca', 'Sanne'];
const LAST = ['Jansen', 'Martin', 'Dubois', 'Schmidt', 'Müller', 'Weber', 'Fischer', 'Becker', 'Wagner', 'Smith', 'Brown', 'Taylor', 'de Vries', 'Bakker', 'Moreau', 'Laurent', 'Keller', 'Huber', 'Novak', 'Okafor', 'Rossi', 'Lindgren'];
const INTERESTS = ['lead-scoring', 'marketing-automation', 'sales', 'webinars', 'pricing', 'case-study'];
const TIMEFRAMES = ['0-3 months', '3-6 months', '6-12 months', 'none'];

const rows = [];
const names = new Set();
const contact = (fields) => {
  let name;
  do name = `${pick(FIRST)} ${pick(LAST)}`;
  while (names.has(name));
  names.add(name);
  const language = fields.language;
  rows.push({
    id: '',
    name,
    email: `${name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]+/g, '.')}@${fields.domain}`,
    account: fields.account,
    company: fields.company,
    persona: fields.persona,
    consent: random() < 0.96 ? 'yes' : 'no',
    stage: random() < 0.85 ? 'inquiry' : 'mql',
    role: fields.role,
    title: fields.title,
    seniority: fields.seniority,
    industry: fields.industry,
    companySize: fields.companySize,
    revenue: fields.revenue,
    country: fields.country,
    region: fields.region,
    language,
    budget: fields.budget,
    timeframe: fields.timeframe,
    interests: sample(INTERESTS, 1 + Math.floor(random() * 2)).join(';'),
    daysSinceLastReaction: pick([2, 10, 30, 75, 120, 200]),
    entered_after_hours: Math.round(random() * 336 * 100) / 100,
  });
};

const pairs = STEMS.flatMap((stem) => FORMS.map(([form, slug]) => [`${stem} ${form}`, `${stem.toLowerCase()}-${slug}`]));
for (const [company, account] of sample(pairs, ACCOUNTS)) {
  const industry = pick(INDUSTRIES);
  const [country, region, language] = weighted(COUNTRIES.map((c) => [c, c[3]]));
  const companySize = weighted(SIZES);
  const revenue = Math.round((companySize * REVENUE_PER_EMPLOYEE[industry]) / 100_000) * 100_000;
  const budget = weighted([['approved', 3], ['planned', 4], ['none', 3]]);
  const timeframe = budget === 'none' ? pick(['6-12 months', 'none']) : pick(TIMEFRAMES.slice(0, 3));
  const size = weighted(CONTACTS);
  // Most buying centres have their decision maker among the contacts; some were reached below it.
  const roles = [random() < 0.85 ? 'decision_maker' : weighted(OTHER_ROLES)];
  while (roles.length < size) roles.push(weighted(OTHER_ROLES));
  for (const role of roles) {
    const r = ROLES[role];
    contact({
      account,
      company,
      domain: `${account}.example`,
      persona: weighted(r.personas),
      role,
      title: pick(r.titles),
      seniority: pick(r.seniority),
      industry,
      companySize,
      revenue,
      country,
      region,
      language: random() < 0.8 ? language : language === 'de' ? 'en' : 'de',
      budget,
      timeframe,
    });
  }
}
// Contacts without an account: students and freelancers who signed up on their own.
for (let i = 0; i < ALONE; i++) {
  const student = i % 3 !== 2;
  const [country, region, language] = weighted(COUNTRIES.map((c) => [c, c[3]]));
  contact({
    account: '',
    company: '',
    domain: student ? 'uni.example' : 'mail.example',
    persona: student ? 'student' : 'tire_kicker',
    role: student ? 'Student' : '',
    title: student ? 'Student' : 'Consultant',
    seniority: student ? 'student' : 'specialist',
    industry: student ? 'Education' : pick(INDUSTRIES),
    companySize: 1,
    revenue: '',
    country,
    region,
    language,
    budget: 'none',
    timeframe: 'none',
  });
}

// As a CRM export would list them: contacts in no particular order, an account's spread out.
const shuffled = sample(rows, rows.length).map((row, i) => ({ ...row, id: `bc-${String(i + 1).padStart(3, '0')}` }));
fs.writeFileSync(out, Papa.unparse(shuffled, { newline: '\n' }) + '\n');
const accounts = new Set(rows.map((r) => r.account).filter(Boolean));
console.log(`${path.relative(root, out)}: ${rows.length} contacts, ${accounts.size} accounts, ${rows.filter((r) => !r.account).length} without an account.`);
