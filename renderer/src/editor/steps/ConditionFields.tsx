// A condition's rule: what it checks of the contact, or of the contact's company (account).
// The rules on the account are a group of their own, with a line saying what they look at.
import { useTranslation } from 'react-i18next';
import { BUYING_ROLES } from '../../../../shared/accounts/schema';
import { FIT_GRADES, LIFECYCLE_STAGES } from '../../../../shared/journey/primitives';
import { ACCOUNT_ATTRIBUTES } from '../../../../shared/simulation/accounts';
import { ACCOUNT_RULE_KINDS, CONDITION_RULE_KINDS, type ConditionRule, type ConditionRuleKind, ENGAGEMENT_CHECKS, withRuleKind } from '../../../../shared/journey/steps/condition';
import { useApp } from '../../store/StoreContext';
import { AttributeRuleFields } from '../AttributeRuleFields';
import { Field, NumberInput, Select, TextInput, useOptions } from '../fields';
import { type StepFieldsProps, useEmailOptions } from './stepFields';
import { PartOffNote } from './PartOffNote';

const CONTACT_RULE_KINDS = CONDITION_RULE_KINDS.filter((k) => !ACCOUNT_RULE_KINDS.includes(k));
const ROLE_COUNTS = BUYING_ROLES.map((_, i) => i + 1);

export function ConditionFields({ node, set, seal }: StepFieldsProps<'condition'>) {
  const { t } = useTranslation();
  const options = useOptions();
  const emailOptions = useEmailOptions();
  const rule = node.params.rule;
  const setRule = (next: ConditionRule, coalesce?: string) => set({ rule: next }, coalesce);
  const groups = [
    { label: t('accountSettings.condition.contactGroup'), kinds: CONTACT_RULE_KINDS },
    { label: t('accountSettings.condition.accountGroup'), kinds: ACCOUNT_RULE_KINDS },
  ];
  return (
    <>
      <Field label={t('inspector.checks')}>
        <select value={rule.kind} onChange={(e) => set(withRuleKind(node.params, e.target.value as ConditionRuleKind))} data-testid="inspector-rule-kind">
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`inspector.ruleKinds.${kind}`)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Field>
      {rule.kind === 'engagement' && (
        <>
          <Field label={t('inspector.reaction')}>
            <Select value={rule.event} options={options(ENGAGEMENT_CHECKS, (v) => `inspector.engagementEvents.${v}`)} onChange={(event) => setRule({ ...rule, event })} />
          </Field>
          <Field label={t('inspector.onEmail')}>
            <Select value={rule.emailNodeId ?? ''} options={emailOptions} onChange={(v) => setRule({ ...rule, emailNodeId: v || null })} />
          </Field>
        </>
      )}
      {rule.kind === 'topicScore' && (
        <Field label={t('inspector.topic')}>
          <TextInput value={rule.topic} onChange={(topic) => setRule({ ...rule, topic }, 'topic')} onDone={seal} />
        </Field>
      )}
      {(rule.kind === 'score' || rule.kind === 'topicScore') && (
        <Field label={t('inspector.atLeast')}>
          <NumberInput value={rule.atLeast} onChange={(atLeast) => setRule({ ...rule, atLeast }, 'atLeast')} testId="inspector-at-least" />
        </Field>
      )}
      {rule.kind === 'fitGrade' && (
        <Field label={t('inspector.atLeast')}>
          <Select value={rule.atLeast} options={FIT_GRADES.map((g) => ({ value: g, label: g }))} onChange={(atLeast) => setRule({ ...rule, atLeast })} />
        </Field>
      )}
      {rule.kind === 'stage' && (
        <Field label={t('inspector.atLeast')}>
          <Select value={rule.atLeast} options={options(LIFECYCLE_STAGES, (s) => `stages.${s}`)} onChange={(atLeast) => setRule({ ...rule, atLeast })} />
        </Field>
      )}
      {rule.kind === 'attribute' && <AttributeRuleFields rule={rule.rule} coalesceKey="condition" onChange={(next, coalesce) => setRule({ ...rule, rule: next }, coalesce)} />}
      {isAccountRule(rule) && <AccountRuleFields rule={rule} setRule={setRule} />}
    </>
  );
}

type AccountRule = Extract<ConditionRule, { kind: 'accountScore' | 'roleEngaged' | 'rolesEngaged' | 'accountFit' }>;

/** The fields of a rule on the contact's account, with what the journey's Accounts tab makes of it. */
function AccountRuleFields({ rule, setRule }: { rule: AccountRule; setRule(next: ConditionRule, coalesce?: string): void }) {
  const { t } = useTranslation();
  const options = useOptions();
  const accounts = useApp((s) => s.document?.accounts);
  if (!accounts) return null;
  const scoreRule = accounts.score.rule === 'topN' ? t('accountSettings.condition.scoreRule.topN', { count: accounts.score.topN }) : t(`accountSettings.condition.scoreRule.${accounts.score.rule}`);
  const engagedFrom = t('accountSettings.condition.engagedFrom', { value: accounts.engagedAtLeast });
  return (
    <div className="condition-account" data-testid="inspector-account-rule">
      <p className="inspector__hint condition-account__note">{t('accountSettings.condition.accountHint')}</p>
      {rule.kind === 'accountScore' && (
        <Field label={t('inspector.atLeast')}>
          <NumberInput value={rule.atLeast} onChange={(atLeast) => setRule({ ...rule, atLeast }, 'atLeast')} testId="inspector-at-least" />
        </Field>
      )}
      {rule.kind === 'roleEngaged' && (
        <Field label={t('accountSettings.condition.role')}>
          <Select value={rule.role} options={options(BUYING_ROLES, (r) => `buyingRoles.${r}`)} onChange={(role) => setRule({ ...rule, role })} testId="inspector-buying-role" />
        </Field>
      )}
      {rule.kind === 'rolesEngaged' && (
        <Field label={t('accountSettings.condition.rolesAtLeast')}>
          <Select
            value={String(rule.atLeast)}
            options={ROLE_COUNTS.map((count) => ({ value: String(count), label: t('accountSettings.condition.rolesCount', { count, total: BUYING_ROLES.length }) }))}
            onChange={(value) => setRule({ ...rule, atLeast: Number(value) })}
            testId="inspector-roles-at-least"
          />
        </Field>
      )}
      {rule.kind === 'accountFit' && (
        <Field label={t('inspector.atLeast')}>
          <Select value={rule.atLeast} options={FIT_GRADES.map((g) => ({ value: g, label: g }))} onChange={(atLeast) => setRule({ ...rule, atLeast })} testId="inspector-account-fit" />
        </Field>
      )}
      <p className="inspector__hint condition-account__note" data-testid="inspector-account-rule-hint">
        {rule.kind === 'accountScore' ? scoreRule : rule.kind === 'accountFit' ? t('accountSettings.condition.fitHint', { fields: ACCOUNT_ATTRIBUTES.join(', ') }) : engagedFrom}
      </p>
      {!accounts.enabled && (
        <PartOffNote tab="accounts" text={t('accountSettings.condition.accountOff')} link={t('accountSettings.condition.openAccounts')} />
      )}
    </div>
  );
}

const isAccountRule = (rule: ConditionRule): rule is AccountRule => ACCOUNT_RULE_KINDS.includes(rule.kind);
