import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRoutingState, matchingRule, routeLead } from '../../../../shared/routing/route';
import { RoutingModel } from '../../../../shared/routing/schema';
import { NEVER } from '../../../../shared/simulation/behaviour';
import { HOURS_PER_WEEK } from '../../../../shared/simulation/calendar';
import { HandoffBook, HandoffRequests } from '../../../../shared/simulation/handoffs';

/** The sales queue as README §9 words it, lead by lead with routeLead: what HandoffBook must match. */
function reference(routing: RoutingModel, horizon: number, leads: { t: number; country: string }[]): number[] {
  const state = createRoutingState();
  const order = leads.map((_, k) => k).sort((a, b) => leads[a]!.t - leads[b]!.t || a - b);
  const assigned = leads.map(() => NEVER);
  let queue: number[] = [];
  let week = order.length > 0 ? Math.floor(leads[order[0]!]!.t / HOURS_PER_WEEK) : 0;
  const drain = (until: number) => {
    for (; week < until; ) {
      week++;
      if (week * HOURS_PER_WEEK > horizon) break;
      queue = queue.filter((k) => {
        const ok = routeLead(routing, state, { attributes: { country: leads[k]!.country }, topTopic: null }, week).kind === 'rep';
        if (ok) assigned[k] = week * HOURS_PER_WEEK;
        return !ok;
      });
    }
    week = Math.max(week, until);
  };
  for (const k of order) {
    const w = Math.floor(leads[k]!.t / HOURS_PER_WEEK);
    if (queue.length > 0) drain(w);
    else week = Math.max(week, w);
    const decision = routeLead(routing, state, { attributes: { country: leads[k]!.country }, topTopic: null }, w);
    if (decision.kind === 'queue' && decision.reason === 'atCapacity') queue.push(k);
    else assigned[k] = leads[k]!.t;
  }
  drain(Math.floor(horizon / HOURS_PER_WEEK));
  return assigned;
}

const routingModel = fc.record({
  dach: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
  intl: fc.integer({ min: 0, max: 4 }),
  annaDirect: fc.boolean(),
  catchAll: fc.boolean(),
});

describe('the sales queue', () => {
  it('assigns every lead when and to whom the lead-by-lead reading of README §9 does', () => {
    fc.assert(
      fc.property(
        routingModel,
        fc.array(fc.record({ t: fc.integer({ min: 0, max: 900 }), country: fc.constantFrom('DE', 'AT', 'US', 'FR', 'XX') }), { maxLength: 80 }),
        (m, leads) => {
          const routing = RoutingModel.parse({
            teams: [
              { id: 'dach', name: 'DACH', reps: m.dach.map((capacity, i) => ({ id: `d${i}`, name: `D${i}`, weeklyCapacity: capacity })) },
              { id: 'intl', name: 'Intl', reps: [{ id: 'maya', name: 'Maya', weeklyCapacity: m.intl }] },
            ],
            rules: [
              ...(m.annaDirect ? [{ id: 'at', when: [{ attribute: 'country', operator: 'equals', value: 'AT' }], assignTo: { kind: 'rep', repId: 'd0' } }] : []),
              { id: 'dach', when: [{ attribute: 'country', operator: 'in', value: ['DE', 'AT'] }], assignTo: { kind: 'team', teamId: 'dach' } },
              { id: 'fr', when: [{ attribute: 'country', operator: 'equals', value: 'FR' }], assignTo: { kind: 'team', teamId: 'nobody' } },
              ...(m.catchAll ? [{ id: 'rest', when: [], assignTo: { kind: 'team', teamId: 'intl' } }] : []),
            ],
          });
          const horizon = 4 * HOURS_PER_WEEK + 10;
          const requests = new HandoffRequests();
          leads.forEach((lead, k) => {
            const rule = matchingRule(routing, { attributes: { country: lead.country }, topTopic: null });
            requests.push(k, 0, lead.t, rule ? routing.rules.indexOf(rule) : -1);
          });
          const book = new HandoffBook(routing, horizon);
          expect(Array.from(book.resolve(requests.take()))).toEqual(reference(routing, horizon, leads));
          const report = book.report();
          expect(report.total).toBe(leads.length);
          expect(report.perWeek.reduce((sum, w) => sum + w.handedOff, 0)).toBe(leads.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
