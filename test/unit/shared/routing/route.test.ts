import { describe, expect, it } from 'vitest';
import { createRoutingState, routeLead, weeklyCapacity } from '../../../../shared/routing/route';
import { RoutingModel } from '../../../../shared/routing/schema';

const model = RoutingModel.parse({
  teams: [
    { id: 'dach', name: 'DACH', reps: [{ id: 'anna', name: 'Anna', weeklyCapacity: 2 }, { id: 'jonas', name: 'Jonas', weeklyCapacity: 1 }] },
    { id: 'intl', name: 'International', reps: [{ id: 'maya', name: 'Maya', weeklyCapacity: 1 }] },
  ],
  rules: [
    { id: 'security', when: [], topTopic: 'security', assignTo: { kind: 'rep', repId: 'maya' } },
    { id: 'dach', when: [{ attribute: 'country', operator: 'in', value: ['DE', 'AT', 'CH'] }], assignTo: { kind: 'team', teamId: 'dach' } },
    { id: 'big', when: [{ attribute: 'companySize', operator: 'gte', value: 1000 }], assignTo: { kind: 'team', teamId: 'intl' } },
  ],
  fallbackQueue: 'Review queue',
});
const lead = (attributes: Record<string, string | number>, topTopic: string | null = null) => ({ attributes, topTopic });

describe('lead routing', () => {
  it('takes the first matching rule, in order', () => {
    const state = createRoutingState();
    expect(routeLead(model, state, lead({ country: 'DE' }, 'security'), 0)).toMatchObject({ kind: 'rep', repId: 'maya', ruleId: 'security' });
    expect(routeLead(model, state, lead({ country: 'AT', companySize: 5000 }), 0)).toMatchObject({ kind: 'rep', teamId: 'dach' });
  });

  it('goes round robin inside a team and skips reps at capacity', () => {
    const state = createRoutingState();
    const reps = [0, 1, 2].map(() => routeLead(model, state, lead({ country: 'DE' }), 0)).map((d) => (d.kind === 'rep' ? d.repId : d.kind));
    expect(reps).toEqual(['anna', 'jonas', 'anna']);
    // Anna (2) and Jonas (1) are full this week: the next lead queues.
    expect(routeLead(model, state, lead({ country: 'CH' }), 0)).toEqual({ kind: 'queue', queue: 'Review queue', reason: 'atCapacity', ruleId: 'dach' });
  });

  it('frees capacity in a new week', () => {
    const state = createRoutingState();
    routeLead(model, state, lead({ companySize: 2000 }), 3);
    expect(routeLead(model, state, lead({ companySize: 2000 }), 3).kind).toBe('queue');
    expect(routeLead(model, state, lead({ companySize: 2000 }), 4)).toMatchObject({ kind: 'rep', repId: 'maya' });
  });

  it('sends leads no rule matches to the fallback queue', () => {
    expect(routeLead(model, createRoutingState(), lead({ country: 'US' }), 0)).toEqual({
      kind: 'queue',
      queue: 'Review queue',
      reason: 'noRuleMatched',
      ruleId: null,
    });
  });

  it('sums the weekly capacity of all reps', () => {
    expect(weeklyCapacity(model)).toBe(4);
  });
});
