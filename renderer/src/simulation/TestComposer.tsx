// The composed script: a reaction per email (and when), an answer per condition, a branch
// per split, sales' answer per hand-off, and when a form is sent or the site visited.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { outputsOf } from '../../../shared/journey/nodeTypes';
import { ANSWER_OUTPUTS, type HandoffAnswer } from '../../../shared/journey/steps/handoff';
import { inReadingOrder } from '../../../shared/journey/placement';
import { type JourneyDocument, type JourneyNode, layoutOf } from '../../../shared/journey/schema';
import { type ConditionAnswer, emailChoice, type TestComposition } from '../../../shared/simulation/testForm';
import { EMAIL_REACTIONS, type EmailReaction } from '../../../shared/simulation/testProspect';
import { outputLabel } from '../canvas/outputLabel';

const ANSWERS: readonly ConditionAnswer[] = ['auto', 'yes', 'no'];
const stepName = (node: JourneyNode, t: (key: string) => string) => node.label || t(`nodeTypes.${node.type}.name`);

export function TestComposer({ journey, composition, onChange }: { journey: JourneyDocument; composition: TestComposition; onChange(next: TestComposition): void }) {
  const { t } = useTranslation();
  // Steps in reading order, as they sit on the canvas (top-down journeys read downwards first).
  const nodes = useMemo(() => inReadingOrder(journey.nodes, layoutOf(journey.settings)), [journey]);
  const emails = nodes.filter((n) => n.type === 'sendEmail');
  const conditions = nodes.filter((n) => n.type === 'condition');
  const splits = nodes.filter((n) => n.type === 'split');
  // Sales' answer can be named only where the journey simulates sales.
  const handoffs = journey.sales.enabled ? nodes.filter((n) => n.type === 'handoff') : [];
  const waitsFor = (event: 'form' | 'visit') => nodes.some((n) => n.type === 'waitForEvent' && n.params.event === event);
  const update = (change: Partial<TestComposition>) => onChange({ ...composition, ...change });
  const setEmail = (id: string, change: Partial<ReturnType<typeof emailChoice>>) => update({ emails: { ...composition.emails, [id]: { ...emailChoice(composition, id), ...change } } });

  return (
    <>
      {emails.length > 0 && <h4>{t('test.emails')}</h4>}
      {emails.map((node) => {
        const value = emailChoice(composition, node.id);
        return (
          <div key={node.id} className="test-mode__row" data-testid={`test-email-${node.id}`}>
            <span className="test-mode__step" title={stepName(node, t)}>
              {stepName(node, t)}
            </span>
            <select value={value.reaction} onChange={(e) => setEmail(node.id, { reaction: e.target.value as EmailReaction })} aria-label={t('test.reactionFor', { step: stepName(node, t) })} data-testid={`test-reaction-${node.id}`}>
              {EMAIL_REACTIONS.map((r) => (
                <option key={r} value={r}>
                  {t(`test.reactions.${r}`)}
                </option>
              ))}
            </select>
            {value.reaction !== 'ignore' && (
              <label className="test-mode__hours">
                <input inputMode="decimal" value={value.hours} onChange={(e) => setEmail(node.id, { hours: e.target.value })} aria-label={t('test.afterHours')} data-testid={`test-hours-${node.id}`} />
                {t('test.hoursAfter')}
              </label>
            )}
          </div>
        );
      })}
      {conditions.length > 0 && <h4>{t('test.conditions')}</h4>}
      {conditions.map((node) => (
        <label key={node.id} className="test-mode__row">
          <span className="test-mode__step">{stepName(node, t)}</span>
          <select value={composition.conditions[node.id] ?? 'auto'} onChange={(e) => update({ conditions: { ...composition.conditions, [node.id]: e.target.value as ConditionAnswer } })} data-testid={`test-condition-${node.id}`}>
            {ANSWERS.map((a) => (
              <option key={a} value={a}>
                {t(a === 'auto' ? 'test.auto' : `outputs.${a}`)}
              </option>
            ))}
          </select>
        </label>
      ))}
      {splits.length > 0 && <h4>{t('test.splits')}</h4>}
      {splits.map((node) => (
        <label key={node.id} className="test-mode__row">
          <span className="test-mode__step">{stepName(node, t)}</span>
          <select value={composition.splits[node.id] ?? ''} onChange={(e) => update({ splits: { ...composition.splits, [node.id]: e.target.value } })} data-testid={`test-split-${node.id}`}>
            <option value="">{t('test.auto')}</option>
            {outputsOf(node).map((o) => (
              <option key={o} value={o}>
                {outputLabel(node, o, t)}
              </option>
            ))}
          </select>
        </label>
      ))}
      {handoffs.length > 0 && <h4>{t('test.handoffs')}</h4>}
      {handoffs.map((node) => (
        <label key={node.id} className="test-mode__row">
          <span className="test-mode__step">{stepName(node, t)}</span>
          <select
            value={composition.handoffs?.[node.id] ?? ''}
            onChange={(e) => update({ handoffs: { ...composition.handoffs, [node.id]: e.target.value as HandoffAnswer | '' } })}
            data-testid={`test-handoff-${node.id}`}
          >
            <option value="">{t('test.byChances')}</option>
            {ANSWER_OUTPUTS.map((answer) => (
              <option key={answer} value={answer}>
                {t(`outputs.${answer}`)}
              </option>
            ))}
          </select>
        </label>
      ))}
      {(['form', 'visit'] as const).filter(waitsFor).map((event) => (
        <label key={event} className="test-mode__row">
          <span className="test-mode__step">{t(`test.${event}`)}</span>
          <input inputMode="decimal" placeholder={t('test.never')} value={composition[event]} onChange={(e) => update({ [event]: e.target.value })} data-testid={`test-${event}`} />
        </label>
      ))}
    </>
  );
}
