// Journeys that are valid but cannot do their job get a warning that says why; each case is
// built to trigger exactly one, and the shipped samples trigger none.
import { describe, expect, it } from 'vitest';
import type { JourneyNode } from '../../../../shared/journey/schema';
import { validateJourney } from '../../../../shared/journey/validate';
import { journeyOf, step, TEMPLATES } from '../../../support/journeys';
import { readSample, SAMPLE_FILES } from '../../../support/samples';

const email = (id: string) => step('sendEmail', id, { templateId: 'tpl_hello', subject: id });
const warnings = (doc: Parameters<typeof validateJourney>[0]) => validateJourney(doc, { templates: TEMPLATES }).filter((p) => p.severity === 'warning');
const codes = (doc: Parameters<typeof validateJourney>[0]) => warnings(doc).map((p) => `${p.code}/${p.details?.variant ?? ''}/${p.nodeId ?? p.setting ?? ''}`);

describe('warnings about a journey that cannot do its job', () => {
  it('a stage rule needing a fit grade the fit rules cannot give (no fit rules: everyone is D), and the goal resting on it', () => {
    const doc = journeyOf([step('entry', 'in'), email('mail'), step('wait', 'w'), step('exit', 'out')], ['in.next>mail', 'mail.next>w', 'w.next>out'], {
      scoring: { stageRules: [{ toStage: 'mql', minEngagement: 50, minFit: 'B' }] } as never,
      settings: { goal: { stage: 'mql', exitReason: 'converted' } } as never,
    });
    const found = warnings(doc);
    expect(found.map((p) => p.code).sort()).toEqual(['goal_unreachable', 'stage_rule_unreachable']);
    const rule = found.find((p) => p.code === 'stage_rule_unreachable')!;
    expect(rule).toMatchObject({ setting: 'scoring', details: { variant: 'fit', stage: 'MQL', grade: 'B', best: 'D' } });
    expect(rule.message).toBe('The stage rule to MQL needs fit grade B or better, but the fit rules give at most D: no prospect reaches MQL by it.');
    // A fit rule that can give 40 points makes B reachable: both warnings go.
    doc.scoring.fit.rules.push({ attribute: 'companySize', operator: 'gte', value: 200, points: 40 });
    expect(warnings(doc)).toEqual([]);
  });

  it('a stage rule needing engagement when nothing in the journey earns points', () => {
    const doc = journeyOf([step('entry', 'in'), step('wait', 'w'), step('exit', 'out')], ['in.next>w', 'w.next>out'], {
      scoring: { stageRules: [{ toStage: 'mql', minEngagement: 30, minFit: 'D' }] } as never,
    });
    expect(codes(doc)).toEqual(['stage_rule_unreachable/engagement/scoring']);
  });

  it('a stage check before anything could change the stage, for an audience that enters below (or at) that stage', () => {
    const check = (stages: string[], before: JourneyNode[] = []) =>
      journeyOf(
        [step('entry', 'in'), ...before, step('condition', 'sql', { rule: { kind: 'stage', atLeast: 'sql' } }), step('exit', 'yes'), step('exit', 'no')],
        [...(before.length ? ['in.next>' + before[0]!.id, before[0]!.id + '.next>sql'] : ['in.next>sql']), 'sql.yes>yes', 'sql.no>no'],
        { settings: { audience: { stages, rules: [] } } as never },
      );
    expect(warnings(check(['inquiry', 'mql']))).toMatchObject([{ code: 'condition_too_early', nodeId: 'sql', details: { output: 'yes' } }]);
    expect(warnings(check(['sql', 'customer']))).toMatchObject([{ code: 'condition_too_early', nodeId: 'sql', details: { output: 'no' } }]);
    // Any stage may enter, or a wait (reactions, stage rules) or a stage step comes first: no warning.
    expect(warnings(check([]))).toEqual([]);
    expect(warnings(check(['mql'], [step('wait', 'w')]))).toEqual([]);
    expect(warnings(check(['mql'], [step('setStage', 'up', { stage: 'sql' })]))).toEqual([]);
  });

  it('a score check right after a send, before any reaction can arrive; a wait before it silences the warning', () => {
    const early = journeyOf(
      [step('entry', 'in'), email('mail'), step('condition', 'hot', { rule: { kind: 'score', atLeast: 30 } }), step('exit', 'yes'), step('exit', 'no')],
      ['in.next>mail', 'mail.next>hot', 'hot.yes>yes', 'hot.no>no'],
    );
    const [problem] = warnings(early);
    expect(problem).toMatchObject({ code: 'condition_too_early', nodeId: 'hot', details: { output: 'yes' } });
    const waited = journeyOf(
      [step('entry', 'in'), email('mail'), step('wait', 'w'), step('condition', 'hot', { rule: { kind: 'score', atLeast: 30 } }), step('exit', 'yes'), step('exit', 'no')],
      ['in.next>mail', 'mail.next>w', 'w.next>hot', 'hot.yes>yes', 'hot.no>no'],
    );
    expect(warnings(waited)).toEqual([]);
    // A score step before the check can change the score without any wait.
    const adjusted = journeyOf(
      [step('entry', 'in'), step('adjustScore', 'plus', { points: 40 }), step('condition', 'hot', { rule: { kind: 'score', atLeast: 30 } }), step('exit', 'yes'), step('exit', 'no')],
      ['in.next>plus', 'plus.next>hot', 'hot.yes>yes', 'hot.no>no'],
    );
    expect(warnings(adjusted)).toEqual([]);
  });

  it('branches that are never taken: 0 % shares, consent checked when consent is required, fit grades out of reach or always met, reactions to emails not yet sent', () => {
    const doc = journeyOf(
      [
        step('entry', 'in'),
        step('waitForEvent', 'early', { event: 'open', emailNodeId: null }),
        step('split', 'ab', { mode: 'percent', branches: [{ id: 'A', label: 'Control', percent: 100 }, { id: 'B', label: '', percent: 0 }] }),
        step('condition', 'consent', { rule: { kind: 'hasConsent' } }),
        step('condition', 'fitB', { rule: { kind: 'fitGrade', atLeast: 'B' } }),
        step('condition', 'fitD', { rule: { kind: 'fitGrade', atLeast: 'D' } }),
        step('condition', 'clicked', { rule: { kind: 'engagement', event: 'clicked', emailNodeId: 'later' } }),
        email('later'),
        step('exit', 'out'),
      ],
      ['in.next>early', 'early.event>ab', 'early.timeout>ab', 'ab.A>consent', 'ab.B>out', 'consent.yes>fitB', 'consent.no>out', 'fitB.yes>fitD', 'fitB.no>fitD', 'fitD.yes>clicked', 'fitD.no>out', 'clicked.yes>later', 'clicked.no>later', 'later.next>out'],
    );
    expect(codes(doc).sort()).toEqual([
      'branch_never_taken/consent/consent',
      'branch_never_taken/emailNotSentCheck/clicked',
      'branch_never_taken/emailNotSentWait/early',
      'branch_never_taken/fit/fitB',
      'branch_never_taken/fitAny/fitD',
      'branch_never_taken/zeroShare/ab',
    ]);
    const share = warnings(doc).find((p) => p.details?.variant === 'zeroShare')!;
    expect(share.message).toBe('The "B" branch of an unnamed split gets 0% of prospects: it is never taken.');
    expect(warnings(doc).find((p) => p.details?.variant === 'fit')!.setting).toBe('scoring');
  });

  it('a hand-off that no routing rule passes to a rep with capacity', () => {
    const wiring = ['in.next>sales', 'sales.next>out'];
    const nodes = [step('entry', 'in'), step('handoff', 'sales'), step('exit', 'out')];
    const team = { id: 'team_a', name: 'Inside sales', reps: [{ id: 'rep_a', name: 'Ada', weeklyCapacity: 10 }] };
    expect(codes(journeyOf(nodes, wiring))).toEqual(['handoff_without_sales/noReps/sales']);
    expect(codes(journeyOf(nodes, wiring, { routing: { teams: [team] } as never }))).toEqual(['handoff_without_sales/noRule/sales']);
    const routed = { teams: [team], rules: [{ id: 'r', when: [], topTopic: null, assignTo: { kind: 'team', teamId: 'team_a' } }] };
    expect(codes(journeyOf(nodes, wiring, { routing: routed as never }))).toEqual([]);
    const empty = { ...routed, teams: [{ ...team, reps: [{ ...team.reps[0]!, weeklyCapacity: 0 }] }] };
    expect(codes(journeyOf(nodes, wiring, { routing: empty as never }))).toEqual(['handoff_without_sales/noRule/sales']);
  });

  it('finds nothing to warn about in the shipped samples', () => {
    for (const file of SAMPLE_FILES) {
      const { journey, templates } = JSON.parse(readSample(file)) as { journey: unknown; templates: { id: string; name: string; subject: string; mjml: string }[] };
      const problems = validateJourney(journey, { templates: new Map(templates.map((t) => [t.id, t])) });
      expect(problems, file).toEqual([]);
    }
  });
});
