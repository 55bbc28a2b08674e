// Editing rules for the scoring model: the rules a campaign manager adds start from
// sensible values, and replacing one part leaves the rest as it is.
import type { AttributeRule } from '../journey/primitives';
import { removeAt, replaceAt } from '../journey/lists';
import type { GRADES_WITH_THRESHOLDS, ScoringModel } from './schema';

type FitRule = ScoringModel['fit']['rules'][number];
type StageRule = ScoringModel['stageRules'][number];

/** Companies of 200 people or more earn 10 fit points. */
export const newFitRule = (): FitRule => ({ attribute: 'companySize', operator: 'gte', value: 200, points: 10 });
/** MQL at 50 engagement points and fit grade B. */
export const newStageRule = (): StageRule => ({ toStage: 'mql', minEngagement: 50, minFit: 'B' });

export const addFitRule = (m: ScoringModel): ScoringModel => ({ ...m, fit: { ...m.fit, rules: [...m.fit.rules, newFitRule()] } });
export const removeFitRule = (m: ScoringModel, index: number): ScoringModel => ({ ...m, fit: { ...m.fit, rules: removeAt(m.fit.rules, index) } });
/** The rule's condition changes; its points stay. */
export const withFitCondition = (m: ScoringModel, index: number, rule: AttributeRule): ScoringModel => ({
  ...m,
  fit: { ...m.fit, rules: replaceAt(m.fit.rules, index, { ...rule, points: m.fit.rules[index]!.points }) },
});
export const withFitPoints = (m: ScoringModel, index: number, points: number): ScoringModel => ({
  ...m,
  fit: { ...m.fit, rules: replaceAt(m.fit.rules, index, { ...m.fit.rules[index]!, points }) },
});
export const withGradeThreshold = (m: ScoringModel, grade: (typeof GRADES_WITH_THRESHOLDS)[number], points: number): ScoringModel => ({
  ...m,
  fit: { ...m.fit, thresholds: { ...m.fit.thresholds, [grade]: points } },
});

export const addStageRule = (m: ScoringModel): ScoringModel => ({ ...m, stageRules: [...m.stageRules, newStageRule()] });
export const removeStageRule = (m: ScoringModel, index: number): ScoringModel => ({ ...m, stageRules: removeAt(m.stageRules, index) });
export const withStageRule = (m: ScoringModel, index: number, change: Partial<StageRule>): ScoringModel => ({
  ...m,
  stageRules: replaceAt(m.stageRules, index, { ...m.stageRules[index]!, ...change }),
});
