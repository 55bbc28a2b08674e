import { describe, expect, it } from 'vitest';
import { compareRuns, meanEmailsPerProspect } from '../../../../shared/simulation/compare';
import { simulateInProcess } from '../../../../shared/simulation/simulate';
import { composedScript, emailScript, pathScript, runTestProspect, testAttributesFor } from '../../../../shared/simulation/testProspect';
import { defaultPersonas, sampleJourney } from '../../../support/simulation';

const whitepaper = sampleJourney('whitepaper-follow-up.journey.json');
const personas = defaultPersonas().personas;
const REACTIONS = new Set(['entered', 'open', 'click', 'download', 'noReaction', 'form', 'visit']);
const decisions = (events: { nodeId: string; event: string }[], nodeId: string) => events.filter((s) => s.nodeId === nodeId && !REACTIONS.has(s.event)).map((s) => s.event);

describe('test mode: one scripted prospect', () => {
  it('takes every "yes": clicks the whitepaper, passes the fit check and reaches sales', async () => {
    // The sample simulates sales: "every yes" has sales accept at each hand-off.
    const { timeline, results } = await runTestProspect(whitepaper, personas, pathScript(whitepaper, 'yes'), { horizonDays: 60, name: 'Yes' });
    expect(timeline.steps.filter((s) => s.event.startsWith('sales:')).map((s) => s.event)).toEqual(['sales:accepted']);
    expect(decisions(timeline.steps, 'wait_click')).toEqual(['event']);
    expect(decisions(timeline.steps, 'fit_check')).toEqual(['yes']);
    expect(timeline.steps.some((s) => s.nodeId === 'wait_open')).toBe(false); // the reminder branch is never taken
    expect(results.prospects).toBe(1);
    expect(results.funnel.find((f) => f.stage === 'sql')!.reached).toBe(1);
  });

  it('takes every "no": times out on every wait and never reaches sales', async () => {
    const { timeline, results } = await runTestProspect(whitepaper, personas, pathScript(whitepaper, 'no'), { horizonDays: 60, name: 'No' });
    expect(decisions(timeline.steps, 'wait_click')).toEqual(['timeout']);
    expect(timeline.steps.some((s) => s.nodeId === 'fit_check')).toBe(false);
    expect(results.totals.emailsSent).toBeGreaterThan(0);
    expect(results.funnel.find((f) => f.stage === 'sql')!.reached).toBe(0);
  });

  it('runs a composed script exactly: opens after 2 hours, clicks, ignores the reminder', async () => {
    const script = pathScript(whitepaper, 'no');
    script.emails.email_delivery = emailScript('click', 2);
    const { timeline } = await runTestProspect(whitepaper, personas, script, { horizonDays: 60, name: 'Ada' });
    const sent = timeline.steps.find((s) => s.nodeId === 'email_delivery' && s.event === 'sent')!;
    const opened = timeline.steps.find((s) => s.event === 'open')!;
    expect(opened.t - sent.t).toBeCloseTo(2, 5);
    expect(decisions(timeline.steps, 'wait_click')).toEqual(['event']);
    expect(timeline.name).toBe('Ada');
  });

  it('a composed script forces only the decisions it names', async () => {
    const script = composedScript({ emails: { email_delivery: { reaction: 'download', afterHours: 3 } }, conditions: { fit_check: false }, splits: {}, handoffs: {}, form: null, visit: null });
    expect(script.emails.email_delivery).toEqual({ open: 3, click: 3.25, download: 3.5, unsubscribe: null });
    const { timeline } = await runTestProspect(whitepaper, personas, script, { horizonDays: 60, name: 'Composed' });
    expect(decisions(timeline.steps, 'wait_click')).toEqual(['event']);
    expect(decisions(timeline.steps, 'fit_check')).toEqual(['no']);
  });

  it('random paths are reproducible by seed and differ between seeds', () => {
    expect(pathScript(whitepaper, 'random', 3)).toEqual(pathScript(whitepaper, 'random', 3));
    const scripts = new Set([1, 2, 3, 4, 5, 6].map((seed) => JSON.stringify(pathScript(whitepaper, 'random', seed))));
    expect(scripts.size).toBeGreaterThan(1);
  });
});

describe('test prospect data', () => {
  const reengagement = sampleJourney('reengagement.journey.json');
  const decisionMaker = personas.find((p) => p.id === 'decision_maker')!;

  it('lists the attributes a journey reads, starting from values the audience admits', () => {
    const attributes = testAttributesFor(reengagement, decisionMaker);
    // The audience rule first, then fit scoring's attributes, then the language switch.
    expect(attributes[0]!.name).toBe('daysSinceLastReaction');
    expect(attributes.map((a) => a.name)).toEqual(expect.arrayContaining(['seniority', 'companySize', 'language']));
    const quiet = attributes.find((a) => a.name === 'daysSinceLastReaction')!;
    expect(quiet.value).toBeGreaterThanOrEqual(90); // the persona's most common value (2 days) would be turned away
    expect(quiet.suggestions).toContain(90);
    const language = attributes.find((a) => a.name === 'language')!;
    expect(language.suggestions).toEqual(expect.arrayContaining(['de', 'en']));
    // The whitepaper sample reads the fit attributes of its scoring.
    expect(testAttributesFor(whitepaper, decisionMaker).map((a) => a.name)).toEqual(expect.arrayContaining(['seniority', 'companySize']));
  });

  it('a test prospect with those values enters, and its language picks the email; without them it is turned away', async () => {
    const values = Object.fromEntries(testAttributesFor(reengagement, decisionMaker).map((a) => [a.name, a.value]));
    // A script that leaves the language switch to the prospect's data (every "no" would pick its last branch).
    const ignoreAll = composedScript({ emails: {}, conditions: {}, splits: {}, handoffs: {}, form: null, visit: null });
    const walk = async (attributes?: Record<string, string | number>) =>
      (await runTestProspect(reengagement, personas, ignoreAll, { horizonDays: 60, name: 'T', attributes })).timeline.steps.map((s) => s.nodeId);
    expect(await walk({ ...values, language: 'de' })).toContain('email_last_de');
    expect(await walk({ ...values, language: 'en' })).toContain('email_last_en');
    const refused = await runTestProspect(reengagement, personas, ignoreAll, { horizonDays: 60, name: 'T' });
    expect(refused.results.exits.notEligible).toBe(1);
  });
});

describe('comparing two runs', () => {
  it('lists each figure of both runs with b − a, and the mean emails per prospect', async () => {
    const run = async (mix: Record<string, number>) =>
      (
        await simulateInProcess({
          journey: whitepaper,
          personas,
          source: { kind: 'generate', plan: { count: 3000, mix, entrySpreadDays: 14 } },
          options: { seed: 5, horizonDays: 60, entrySpreadDays: 14, timelineSample: 0 },
        })
      ).results;
    const first = personas[0]!.id;
    const last = personas[personas.length - 1]!.id;
    const a = await run({ [first]: 1 });
    const b = await run({ [last]: 1 });
    const rows = compareRuns(a, b);
    const mql = rows.find((r) => r.key === 'reached:mql')!;
    expect(mql.a).toBeCloseTo(a.funnel[1]!.reached / 3000, 10);
    expect(mql.difference).toBeCloseTo(mql.b! - mql.a!, 10);
    const emails = rows.find((r) => r.key === 'emailsPerProspect')!;
    expect(emails.a).toBeCloseTo(a.totals.emailsSent / 3000, 10); // no prospect reaches the 50+ bucket here
    expect(emails.a).toBe(meanEmailsPerProspect(a));
    expect(rows.some((r) => r.difference !== 0 && r.difference !== null)).toBe(true);
  });
});
