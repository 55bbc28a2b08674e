import { describe, expect, it } from 'vitest';
import { RoutingModel } from '../../../../shared/routing/schema';
import { OUTCOMES } from '../../../../shared/simulation/aggregate';
import type { SimulationResults } from '../../../../shared/simulation/results';
import { simulateInProcess } from '../../../../shared/simulation/simulate';
import { templateLinks } from '../../../../shared/templates/links';
import { exactPersona, inputOf, journeyOf, OFFER_MJML, offerJourney as makeOfferJourney, prospect } from '../../../support/simulation';

const node = (r: SimulationResults, id: string) => r.nodes.find((n) => n.id === id)!;
const timeline = (r: SimulationResults, id: string) => r.timelines.find((t) => t.prospectId === id)!;
const stepsAt = (r: SimulationResults, id: string, event: string) => timeline(r, id).steps.filter((s) => s.event === event);

describe('simulator engine', () => {
  it('matches the analytic expectation of a small Markov chain over 100,000 prospects', async () => {
    // entry → A/B split 30/70 → email → wait for open (3 days) → opened: wait 1 day → clicked? → exits
    const journey = journeyOf([
      { id: 'entry', type: 'entry' },
      { id: 'split', type: 'split', params: { mode: 'percent', branches: [{ id: 'A', percent: 30 }, { id: 'B', percent: 70 }] }, outputs: { A: 'email', B: 'email' } },
      { id: 'email', type: 'sendEmail', params: { templateId: 't' } },
      { id: 'opened', type: 'waitForEvent', params: { event: 'open', emailNodeId: 'email', timeout: { amount: 3, unit: 'days' } }, outputs: { event: 'pause', timeout: 'exit_quiet' } },
      { id: 'pause', type: 'wait', params: { mode: 'duration', amount: 1, unit: 'days' } },
      { id: 'clicked', type: 'condition', params: { rule: { kind: 'engagement', event: 'clicked', emailNodeId: 'email' } }, outputs: { yes: 'exit_click', no: 'exit_open' } },
      { id: 'exit_click', type: 'exit', params: { reason: 'converted' } },
      { id: 'exit_open', type: 'exit' },
      { id: 'exit_quiet', type: 'exit' },
    ]);
    const persona = exactPersona({ open: 0.4, clickGivenOpen: 0.25, delays: { openMedianHours: 2, clickMedianHours: 0.5, downloadMedianHours: 0, formMedianHours: 1, spread: 0 } });
    const n = 100_000;
    const prospects = Array.from({ length: n }, (_, i) => prospect(`p${i}`));
    const { results: r } = await simulateInProcess(inputOf(journey, prospects, [persona], { seed: 11, timelineSample: 0 }));
    const expectNear = (actual: number, p: number) => {
      const sigma = Math.sqrt(n * p * (1 - p));
      expect(Math.abs(actual - n * p), `${actual} vs ${n * p} ± 4σ (${Math.round(4 * sigma)})`).toBeLessThan(4 * sigma);
    };
    expectNear(node(r, 'split').exits.A!, 0.3);
    expectNear(node(r, 'opened').exits.event!, 0.4);
    expectNear(node(r, 'opened').exits.timeout!, 0.6);
    expectNear(node(r, 'clicked').exits.yes!, 0.4 * 0.25);
    expectNear(node(r, 'clicked').exits.no!, 0.4 * 0.75);
    expect(r.exits.converted).toBe(node(r, 'clicked').exits.yes);
    expect(r.totals.emailsSent).toBe(n);
  });

  it('conserves prospects: each ends in exactly one place, and every step balances', async () => {
    const journey = journeyOf([
      { id: 'entry', type: 'entry' },
      { id: 'email', type: 'sendEmail', params: { templateId: 't' } },
      { id: 'w', type: 'waitForEvent', params: { event: 'click', emailNodeId: 'email', timeout: { amount: 100, unit: 'days' } }, outputs: { event: 'done', timeout: 'done' } },
      { id: 'done', type: 'exit' },
    ]);
    const persona = exactPersona({ open: 0.5, clickGivenOpen: 0.5, unsubscribe: 0.2, delays: { openMedianHours: 30, spread: 1 } });
    const prospects = Array.from({ length: 3000 }, (_, i) => prospect(`p${i}`, { consent: i % 10 !== 0, enteredAfterHours: i % 500 }));
    const { results: r } = await simulateInProcess(inputOf(journey, prospects, [persona], { horizonDays: 30, timelineSample: 0 }));
    expect(OUTCOMES.reduce((sum, o) => sum + r.exits[o], 0)).toBe(3000);
    expect(r.exits.notEligible).toBe(300); // no consent, consent required
    for (const n of r.nodes) {
      const left = Object.values(n.exits).reduce((a, b) => a + b, 0);
      expect(left + n.waiting, n.id).toBe(n.entered);
    }
    expect(r.nodes.reduce((s, n) => s + n.waiting, 0)).toBe(r.stuck.total);
    expect(node(r, 'w').waiting).toBeGreaterThan(0); // the horizon cuts the 100-day wait
    expect(r.exits.unsubscribed).toBeGreaterThan(0);
  });

  it('walks a scripted prospect down exactly the scripted path', async () => {
    const journey = journeyOf([
      { id: 'entry', type: 'entry' },
      { id: 'followup1', type: 'sendEmail', params: { templateId: 't' } },
      { id: 'clicked', type: 'waitForEvent', params: { event: 'click', emailNodeId: 'followup1', timeout: { amount: 3, unit: 'days' } }, outputs: { event: 'bonus', timeout: 'reminder' } },
      { id: 'bonus', type: 'adjustScore', params: { points: 10 } },
      { id: 'reminder', type: 'sendEmail', params: { templateId: 't' } },
      { id: 'opened', type: 'waitForEvent', params: { event: 'open', emailNodeId: 'reminder', timeout: { amount: 2, unit: 'days' } }, outputs: { event: 'exit_yes', timeout: 'exit_no' } },
      { id: 'exit_yes', type: 'exit', params: { reason: 'converted' } },
      { id: 'exit_no', type: 'exit' },
    ]);
    const scripted = prospect('scripted', {
      enteredAfterHours: 10,
      script: { emails: { followup1: { open: 2, click: 2.5 } } }, // ignores the reminder
    });
    const { results: r } = await simulateInProcess(inputOf(journey, [scripted], [exactPersona()]));
    const steps = timeline(r, 'scripted').steps;
    expect(steps.filter((s) => s.event === 'entered').map((s) => [s.nodeId, s.t])).toEqual([
      ['entry', 10],
      ['followup1', 10],
      ['clicked', 10],
      ['bonus', 12.5],
      ['reminder', 12.5],
      ['opened', 12.5],
      ['exit_no', 60.5],
    ]);
    expect(steps.map((s) => s.event)).toContain('click');
    expect(timeline(r, 'scripted').outcome).toBe('ended');
    expect(steps.at(-1)!.score).toBe(5 + 10 + 10); // open + click + bonus
  });

  it('holds a send outside the send window until the window opens', async () => {
    const journey = journeyOf(
      [{ id: 'entry', type: 'entry' }, { id: 'email', type: 'sendEmail', params: { templateId: 't' } }, { id: 'end', type: 'exit' }],
      { settings: { sendWindow: { weekdays: [1, 2, 3, 4, 5], startHour: 9, endHour: 17, timeZone: 'Europe/Berlin' } } },
    );
    const saturday = prospect('saturday', { enteredAfterHours: 5 * 24 + 10 });
    const tuesdayNight = prospect('tuesday', { enteredAfterHours: 1 * 24 + 20 });
    const wednesdayNoon = prospect('wednesday', { enteredAfterHours: 2 * 24 + 12 });
    const { results: r } = await simulateInProcess(inputOf(journey, [saturday, tuesdayNight, wednesdayNoon], [exactPersona()]));
    expect(stepsAt(r, 'saturday', 'sent')[0]!.t).toBe(7 * 24 + 9); // Monday 9:00
    expect(stepsAt(r, 'tuesday', 'sent')[0]!.t).toBe(2 * 24 + 9); // Wednesday 9:00
    expect(stepsAt(r, 'wednesday', 'sent')[0]!.t).toBe(2 * 24 + 12); // inside: at once
  });

  it('holds a send over the frequency cap until the oldest send leaves the window', async () => {
    const steps = [{ id: 'entry', type: 'entry' as const }];
    const journey = journeyOf(
      [
        ...steps,
        { id: 'e1', type: 'sendEmail', params: { templateId: 't' } },
        { id: 'w1', type: 'wait', params: { mode: 'duration', amount: 1, unit: 'hours' } },
        { id: 'e2', type: 'sendEmail', params: { templateId: 't' } },
        { id: 'w2', type: 'wait', params: { mode: 'duration', amount: 1, unit: 'hours' } },
        { id: 'e3', type: 'sendEmail', params: { templateId: 't' } },
        { id: 'end', type: 'exit' },
      ],
      { settings: { frequencyCap: { maxEmails: 2, perDays: 7 } } },
    );
    const { results: r } = await simulateInProcess(inputOf(journey, [prospect('capped', { enteredAfterHours: 3 })], [exactPersona()]));
    expect(stepsAt(r, 'capped', 'sent').map((s) => [s.nodeId, s.t])).toEqual([
      ['e1', 3],
      ['e2', 4],
      ['e3', 3 + 168], // the first send leaves the 7-day window
    ]);
  });

  it('queues hand-offs over weekly sales capacity and reports the backlog', async () => {
    const routing = RoutingModel.parse({
      teams: [{ id: 'team', name: 'Sales', reps: [{ id: 'rep', name: 'Rep', weeklyCapacity: 2 }] }],
      rules: [{ id: 'all', assignTo: { kind: 'team', teamId: 'team' } }],
    });
    const journey = journeyOf(
      [{ id: 'entry', type: 'entry' }, { id: 'handoff', type: 'handoff' }, { id: 'after', type: 'exit', params: { reason: 'converted' } }],
      { routing },
    );
    const prospects = [1, 2, 3, 4, 5].map((h) => prospect(`p${h}`, { enteredAfterHours: h }));
    const { results: r } = await simulateInProcess(inputOf(journey, prospects, [exactPersona()], { horizonDays: 30 }));
    const reachedAfter = prospects.map((p) => timeline(r, p.id).steps.find((s) => s.nodeId === 'after' && s.event === 'entered')!.t);
    expect(reachedAfter).toEqual([1, 2, 168, 168, 336]);
    expect(r.handoffs.perWeek.slice(0, 3)).toEqual([
      { week: 0, handedOff: 5, assigned: 2, capacity: 2, backlog: 3 },
      { week: 1, handedOff: 0, assigned: 2, capacity: 2, backlog: 1 },
      { week: 2, handedOff: 0, assigned: 1, capacity: 2, backlog: 0 },
    ]);
    expect(r.funnel.find((f) => f.stage === 'sal')!.reached).toBe(5);
    expect(r.exits.converted).toBe(5);
  });

  it('reports leads still queued at the horizon as waiting at the hand-off', async () => {
    const routing = RoutingModel.parse({
      teams: [{ id: 'team', name: 'Sales', reps: [{ id: 'rep', name: 'Rep', weeklyCapacity: 1 }] }],
      rules: [{ id: 'all', assignTo: { kind: 'team', teamId: 'team' } }],
    });
    const journey = journeyOf([{ id: 'entry', type: 'entry' }, { id: 'handoff', type: 'handoff' }, { id: 'after', type: 'exit' }], { routing });
    const prospects = Array.from({ length: 6 }, (_, i) => prospect(`p${i}`, { enteredAfterHours: i }));
    const { results: r } = await simulateInProcess(inputOf(journey, prospects, [exactPersona()], { horizonDays: 14 }));
    expect(r.handoffs.queuedAtHorizon).toBe(3); // weeks 0, 1 and 2 (day 14 is the horizon) take one each
    expect(node(r, 'handoff').waiting).toBe(3);
    expect(r.stuck.byNode).toEqual([{ nodeId: 'handoff', count: 3 }]);
  });

  it('never sends to a prospect without consent', async () => {
    const journey = journeyOf([{ id: 'entry', type: 'entry' }, { id: 'email', type: 'sendEmail', params: { templateId: 't' } }, { id: 'end', type: 'exit' }], {
      settings: { consent: { required: false } },
    });
    const { results: r } = await simulateInProcess(inputOf(journey, [prospect('no', { consent: false }), prospect('yes')], [exactPersona()]));
    expect(r.totals.emailsSent).toBe(1);
    expect(r.totals.suppressedNoConsent).toBe(1);
  });

  it('gives the same results for the same seed, and different ones for another', async () => {
    const journey = journeyOf([
      { id: 'entry', type: 'entry' },
      { id: 'split', type: 'split', params: { mode: 'percent', branches: [{ id: 'A', percent: 50 }, { id: 'B', percent: 50 }] }, outputs: { A: 'a', B: 'b' } },
      { id: 'a', type: 'exit' },
      { id: 'b', type: 'exit' },
    ]);
    const prospects = Array.from({ length: 500 }, (_, i) => prospect(`p${i}`));
    const run = async (seed: number) => (await simulateInProcess(inputOf(journey, prospects, [exactPersona()], { seed }))).results;
    expect(JSON.stringify(await run(5))).toBe(JSON.stringify(await run(5)));
    expect(node(await run(5), 'split').exits.A).not.toBe(node(await run(6), 'split').exits.A);
  });
});

describe('simulator engine: exits as the model page says', () => {
  const capacityOne = RoutingModel.parse({
    teams: [{ id: 'team', name: 'Sales', reps: [{ id: 'rep', name: 'Rep', weeklyCapacity: 1 }] }],
    rules: [{ id: 'all', assignTo: { kind: 'team', teamId: 'team' } }],
  });

  it('ends an unsubscriber as unsubscribed when the frequency cap holds a send past the horizon', async () => {
    const journey = journeyOf(
      [
        { id: 'entry', type: 'entry' },
        { id: 'e1', type: 'sendEmail', params: { templateId: 't' } },
        { id: 'w', type: 'wait', params: { mode: 'duration', amount: 1, unit: 'hours' } },
        { id: 'e2', type: 'sendEmail', params: { templateId: 't' } },
        { id: 'end', type: 'exit' },
      ],
      { settings: { frequencyCap: { maxEmails: 1, perDays: 30 } } },
    );
    const unsubscriber = prospect('u', { script: { emails: { e1: { open: 2, unsubscribe: 10 } } } });
    const { results: r } = await simulateInProcess(inputOf(journey, [unsubscriber], [exactPersona()], { horizonDays: 7 }));
    expect(timeline(r, 'u').outcome).toBe('unsubscribed');
    expect(node(r, 'e2').exits.unsubscribed).toBe(1);
    expect(r.unsubscribesPerDay[0]).toBe(1);
  });

  it('ends an unsubscriber as unsubscribed while the hand-off waits past the horizon for sales', async () => {
    const journey = journeyOf(
      [
        { id: 'entry', type: 'entry' },
        { id: 'email', type: 'sendEmail', params: { templateId: 't' } },
        { id: 'handoff', type: 'handoff' },
        { id: 'after', type: 'exit' },
      ],
      { routing: capacityOne },
    );
    const first = prospect('first');
    const second = prospect('second', { enteredAfterHours: 1, script: { emails: { email: { open: 2, unsubscribe: 3 } } } });
    const { results: r } = await simulateInProcess(inputOf(journey, [first, second], [exactPersona()], { horizonDays: 5 }));
    expect(timeline(r, 'second').outcome).toBe('unsubscribed');
    expect(node(r, 'handoff').exits.unsubscribed).toBe(1);
  });

  describe('a goal met during a wait', () => {
    const journey = (horizonInside: boolean) =>
      journeyOf(
        [
          { id: 'entry', type: 'entry' },
          { id: 'email', type: 'sendEmail', params: { templateId: 't' } },
          { id: 'wait', type: 'wait', params: { mode: 'duration', amount: horizonInside ? 30 : 10, unit: 'days' } },
          { id: 'end', type: 'exit' },
        ],
        {
          settings: { goal: { stage: 'mql', exitReason: 'converted' } },
          scoring: { stageRules: [{ toStage: 'mql', minEngagement: 5 }] }, // one open (5 points) makes an MQL
        },
      );
    const opener = prospect('opener', { script: { emails: { email: { open: 1 } } } });

    it('ends the journey at the moment the goal is met, at the waiting step', async () => {
      const { results: r } = await simulateInProcess(inputOf(journey(false), [opener], [exactPersona()], { horizonDays: 20 }));
      expect(timeline(r, 'opener').outcome).toBe('converted');
      expect(node(r, 'wait').exits.goal).toBe(1);
      expect(node(r, 'end').entered).toBe(0);
      expect(timeline(r, 'opener').steps.at(-1)).toMatchObject({ t: 1, nodeId: 'wait', event: 'goal' });
    });

    it('converts the prospect even when the horizon falls inside the wait', async () => {
      const { results: r } = await simulateInProcess(inputOf(journey(true), [opener], [exactPersona()], { horizonDays: 20 }));
      expect(r.exits.converted).toBe(1);
      expect(r.exits.waiting).toBe(0);
      expect(r.funnel.find((f) => f.stage === 'mql')!.reached).toBe(1);
    });
  });

  it('counts, scores and disqualifies only the prospects the audience admits', async () => {
    const journey = journeyOf([{ id: 'entry', type: 'entry' }, { id: 'end', type: 'exit' }], {
      settings: { audience: { stages: [], rules: [{ attribute: 'country', operator: 'equals', value: 'DE' }] } },
      scoring: { disqualifyAtFit: 'D' }, // no fit rules: everybody is D
    });
    const prospects = [prospect('de', { attributes: { country: 'DE' } }), prospect('fr', { attributes: { country: 'FR' } }), prospect('us', { attributes: { country: 'US' } })];
    const { results: r } = await simulateInProcess(inputOf(journey, prospects, [exactPersona()]));
    expect(r.exits.disqualified).toBe(1);
    expect(r.exits.notEligible).toBe(2);
    expect(r.funnel[0]).toMatchObject({ stage: 'inquiry', reached: 1 });
    expect(r.scores.grades.D).toBe(1);
  });
});

describe('simulator engine: waiting for a reaction', () => {
  const journey = (emailNodeId: string | null) =>
    journeyOf([
      { id: 'entry', type: 'entry' },
      { id: 'a', type: 'sendEmail', params: { templateId: 't' } },
      { id: 'pause', type: 'wait', params: { mode: 'duration', amount: 1, unit: 'days' } },
      { id: 'b', type: 'sendEmail', params: { templateId: 't' } },
      { id: 'w', type: 'waitForEvent', params: { event: 'open', emailNodeId, timeout: { amount: 2, unit: 'days' } }, outputs: { event: 'yes', timeout: 'no' } },
      { id: 'yes', type: 'exit' },
      { id: 'no', type: 'exit' },
    ]);
  // Opens email a after an hour, ignores b.
  const reader = prospect('reader', { script: { emails: { a: { open: 1 } } } });

  it('on a named email counts a reaction from before the wait began, at once', async () => {
    const { results: r } = await simulateInProcess(inputOf(journey('a'), [reader], [exactPersona()]));
    expect(node(r, 'w').exits).toMatchObject({ event: 1, timeout: 0 });
    expect(stepsAt(r, 'reader', 'event')[0]!.t).toBe(24);
  });

  it('on any email counts only reactions from the moment the wait begins', async () => {
    const { results: r } = await simulateInProcess(inputOf(journey(null), [reader], [exactPersona()]));
    expect(node(r, 'w').exits).toMatchObject({ event: 0, timeout: 1 });
  });
});

describe('simulator engine: limits', () => {
  it('ends a prospect going round a loop as loop limit after 2,000 steps, with every step still balancing', async () => {
    const journey = journeyOf([
      { id: 'entry', type: 'entry' },
      { id: 'w', type: 'wait', params: { mode: 'duration', amount: 0.01, unit: 'hours' } },
      { id: 'back', type: 'jump', params: { target: { kind: 'node', nodeId: 'w' } } },
    ]);
    const { results: r } = await simulateInProcess(inputOf(journey, [prospect('looper')], [exactPersona()]));
    expect(r.exits.loopLimit).toBe(1);
    for (const n of r.nodes) expect(Object.values(n.exits).reduce((a, b) => a + b, 0) + n.waiting, n.id).toBe(n.entered);
    expect(node(r, 'w').entered).toBe(1000);
    expect(r.totals.steps).toBe(2001);
  });
});

// Issue 13, defect 5: each email's links (from its template) get a share of the clicks; a wait or
// condition that names a link counts only clicks on it (README §5.5).
const offerJourney = makeOfferJourney();
const clicks = 30_000;
const clickers = Array.from({ length: clicks }, (_, i) => prospect(`p${i}`));
const clicker = (linkWeights: Record<string, number> = {}) => exactPersona({ open: 1, clickGivenOpen: 1, delays: { openMedianHours: 1, clickMedianHours: 0.1, spread: 0 }, linkWeights });
const within4Sigma = (count: number, p: number) => Math.abs(count - clicks * p) <= 4 * Math.sqrt(clicks * p * (1 - p));

describe('clicks on named links', () => {
  it('gives each link of the email an equal share of the clicks, and counts only clicks on the named link', async () => {
    const input = { ...inputOf(offerJourney, clickers, [clicker()], { timelineSample: 0 }), templateLinks: { tpl_offer: templateLinks(OFFER_MJML) } };
    const { results: r } = await simulateInProcess(input);
    const node = (id: string) => r.nodes.find((x) => x.id === id)!;
    expect(within4Sigma(node('pricing').exits.event!, 1 / 3), `pricing clicks ${node('pricing').exits.event}`).toBe(true);
    // Of those who did not click "pricing", half clicked "demo" (named by its name attribute).
    expect(within4Sigma(node('demo').exits.yes!, 1 / 3), `demo clicks ${node('demo').exits.yes}`).toBe(true);
    expect(within4Sigma(node('demo').exits.no!, 1 / 3)).toBe(true);
  });

  it('weights links as the persona says', async () => {
    const input = { ...inputOf(offerJourney, clickers, [clicker({ pricing: 3, 'case-study': 0 })], { timelineSample: 0 }), templateLinks: { tpl_offer: templateLinks(OFFER_MJML) } };
    const { results: r } = await simulateInProcess(input);
    expect(within4Sigma(r.nodes.find((x) => x.id === 'pricing')!.exits.event!, 3 / 4)).toBe(true);
    expect(r.nodes.find((x) => x.id === 'demo')!.exits.no).toBe(0); // nobody clicks the case study
  });

  it('lets a scripted click count for whichever link a step names, and without templates any click counts', async () => {
    const scripted = prospect('s', { script: { emails: { email: { open: 1, click: 2 } } } });
    const withLinks = { ...inputOf(offerJourney, [scripted], [exactPersona()]), templateLinks: { tpl_offer: templateLinks(OFFER_MJML) } };
    expect((await simulateInProcess(withLinks)).results.exits.converted).toBe(1);
    const { results: r } = await simulateInProcess(inputOf(offerJourney, clickers.slice(0, 2000), [clicker()], { timelineSample: 0 }));
    expect(r.nodes.find((x) => x.id === 'pricing')!.exits.event).toBe(2000);
  });
});

