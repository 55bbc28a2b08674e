// Routing to sales: teams and reps with weekly capacity, ordered rules, the fallback queue.
import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { topicOrNull } from '../../../../shared/journey/primitives';
import type { JourneyDocument } from '../../../../shared/journey/schema';
import {
  addRep,
  addRoutingRule,
  addRuleCondition,
  addTeam,
  assigneeChoices,
  assigneeFromKey,
  assigneeKey,
  removeRep,
  removeTeam,
  removeRoutingRule,
  removeRuleCondition,
  renameTeam,
  withRep,
  withRoutingRule,
  withRuleCondition,
} from '../../../../shared/routing/edits';
import type { RoutingRule } from '../../../../shared/routing/schema';
import { AttributeRuleFields } from '../AttributeRuleFields';
import { ActionButton, Field, NumberInput, Select, TextInput } from '../fields';
import { useJourneyPart } from './useJourneyPart';

export function RoutingForm({ document }: { document: JourneyDocument }) {
  const { t } = useTranslation();
  const { value: r, set, seal } = useJourneyPart(document, 'routing');
  return (
    <div className="inspector__section">
      <h4>{t('journeyInspector.teams')}</h4>
      {r.teams.map((team, ti) => (
        <div key={team.id} className="inspector__card" data-testid="routing-team">
          <div className="inspector__row">
            <Field label={t('journeyInspector.teamName')}>
              <TextInput value={team.name} onChange={(name) => set(renameTeam(r, ti, name), `team-${team.id}`)} onDone={seal} />
            </Field>
            <button type="button" className="icon-button" aria-label={t('journeyInspector.removeTeam')} title={t('journeyInspector.removeTeam')} onClick={() => set(removeTeam(r, ti))} data-testid="routing-remove-team">
              <Trash2 size={14} />
            </button>
          </div>
          {team.reps.map((rep, ri) => (
            <div key={rep.id} className="inspector__row">
              <Field label={t('journeyInspector.rep')}>
                <TextInput value={rep.name} onChange={(name) => set(withRep(r, ti, ri, { name }), `rep-${rep.id}`)} onDone={seal} />
              </Field>
              <Field label={t('journeyInspector.perWeek')}>
                <NumberInput value={rep.weeklyCapacity} onChange={(weeklyCapacity) => set(withRep(r, ti, ri, { weeklyCapacity }), `cap-${rep.id}`)} testId="routing-capacity" />
              </Field>
              <button type="button" className="icon-button" aria-label={t('library.delete')} onClick={() => set(removeRep(r, ti, ri))}>
                <Trash2 size={14} />
              </button>
            </div>
          ))}
          <ActionButton className="link-button" onClick={() => set(addRep(r, ti, t('journeyInspector.newRep')))}>
            + {t('journeyInspector.addRep')}
          </ActionButton>
        </div>
      ))}
      <ActionButton onClick={() => set(addTeam(r, t('journeyInspector.newTeam')))} testId="routing-add-team">
        <Plus size={14} /> {t('journeyInspector.addTeam')}
      </ActionButton>
      <h4>{t('journeyInspector.rules')}</h4>
      {r.rules.map((rule, i) => (
        <RuleCard key={rule.id} rule={rule} routing={r} onChange={(change, coalesce) => set(withRoutingRule(r, i, change), coalesce)} onRemove={() => set(removeRoutingRule(r, i))} seal={seal} />
      ))}
      {r.teams.length > 0 && (
        <ActionButton onClick={() => set(addRoutingRule(r))}>
          <Plus size={14} /> {t('journeyInspector.addRoutingRule')}
        </ActionButton>
      )}
      <Field label={t('journeyInspector.fallbackQueue')}>
        <TextInput value={r.fallbackQueue} onChange={(fallbackQueue) => set({ ...r, fallbackQueue }, 'fallback')} onDone={seal} />
      </Field>
    </div>
  );
}

interface RuleCardProps {
  rule: RoutingRule;
  routing: JourneyDocument['routing'];
  onChange(change: Partial<RoutingRule>, coalesce?: string): ReturnType<ReturnType<typeof useJourneyPart>['set']>;
  onRemove(): void;
  seal(): void;
}

/** One routing rule: its conditions (all must hold), the strongest topic, and who gets the lead. */
function RuleCard({ rule, routing, onChange, onRemove, seal }: RuleCardProps) {
  const { t } = useTranslation();
  const choices = assigneeChoices(routing).map((c) => ({ value: c.key, label: c.rep ? `${c.team} · ${c.rep}` : c.team }));
  return (
    <div className="inspector__card" data-testid="routing-rule">
      {rule.when.length === 0 && <p className="inspector__hint">{t('journeyInspector.everyLeadMatches')}</p>}
      {rule.when.map((condition, ci) => (
        <div key={ci} className="inspector__grid" data-testid="routing-condition">
          {ci > 0 && <span className="routing__and">{t('journeyInspector.and')}</span>}
          <AttributeRuleFields rule={condition} coalesceKey={`routing-${rule.id}-${ci}`} onChange={(next, coalesce) => onChange(withRuleCondition(rule, ci, next), coalesce)} />
          <button type="button" className="link-button routing__remove" onClick={() => onChange(removeRuleCondition(rule, ci))} data-testid="routing-remove-condition">
            {t('journeyInspector.removeCondition')}
          </button>
        </div>
      ))}
      <ActionButton className="link-button" onClick={() => onChange(addRuleCondition(rule))} testId="routing-add-condition">
        + {t(rule.when.length === 0 ? 'journeyInspector.addCondition' : 'journeyInspector.addAndCondition')}
      </ActionButton>
      {/* Who gets the lead on a row of its own, so a team's name is never cut off. */}
      <Field label={t('journeyInspector.assignTo')}>
        <Select
          value={assigneeKey(rule.assignTo)}
          options={choices}
          testId="routing-assign"
          onChange={(key) => {
            const assignTo = assigneeFromKey(key);
            if (assignTo) onChange({ assignTo });
          }}
        />
      </Field>
      <div className="inspector__row">
        <Field label={t('journeyInspector.topTopic')}>
          <TextInput value={rule.topTopic ?? ''} onChange={(topic) => onChange({ topTopic: topicOrNull(topic) }, `rule-topic-${rule.id}`)} onDone={seal} />
        </Field>
        <button type="button" className="icon-button" aria-label={t('library.delete')} onClick={onRemove}>
          <Trash2 size={14} />
        </button>
      </div>
    </div>
  );
}
