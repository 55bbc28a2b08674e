// Buying centres: whether the contacts of one company are simulated together as an account,
// how their engagement scores make the account's, from which score a contact counts as
// engaged, and whether a hand-off hands over the contact or the whole account.
import { useTranslation } from 'react-i18next';
import { accountConditions } from '../../../../shared/accounts/checks';
import { withAccountsEnabled, withEngagedAtLeast, withHandoffLevel, withScoreRule, withTopN } from '../../../../shared/accounts/edits';
import { ACCOUNT_SCORE_RULES, HANDOFF_LEVELS } from '../../../../shared/accounts/schema';
import type { JourneyDocument } from '../../../../shared/journey/schema';
import { Select, useOptions } from '../fields';
import { HintedField, NumberFieldWithHint, useNumberFields } from './salesFields';
import { useJourneyPart } from './useJourneyPart';
import { PartSwitch } from './PartSwitch';

export function AccountsForm({ document }: { document: JourneyDocument }) {
  const { t } = useTranslation();
  const options = useOptions();
  const { value: m, set, seal } = useJourneyPart(document, 'accounts');
  const fields = useNumberFields(seal);
  const conditions = accountConditions(document).length;
  return (
    <div className="inspector__section sales-form" data-testid="accounts-form">
      <PartSwitch on={m.enabled} onChange={(on) => set(withAccountsEnabled(m, on))} label={t('accountSettings.enabled')} hint={t(m.enabled ? 'accountSettings.enabledOn' : 'accountSettings.enabledOff')} testId="accounts" />
      {!m.enabled && conditions > 0 && (
        <p className="inspector__warning" data-testid="accounts-conditions-off">
          {t('accountSettings.conditionsOff', { count: conditions })}
        </p>
      )}
      {/* Off, the settings stay visible (dimmed), as in the Sales tab. */}
      <fieldset className="sales-form__body" disabled={!m.enabled} data-testid="accounts-body">
        <h4>{t('accountSettings.score')}</h4>
        <HintedField label={t('accountSettings.scoreRule')}>
          <Select value={m.score.rule} options={options(ACCOUNT_SCORE_RULES, (r) => `accountSettings.scoreRules.${r}`)} onChange={(rule) => set(withScoreRule(m, rule))} testId="accounts-score-rule" />
        </HintedField>
        {m.score.rule === 'topN' && (
          <NumberFieldWithHint
            label={t('accountSettings.topN')}
            hint={t('accountSettings.topNHint')}
            field={fields('topN', m.score.topN, (topN) => set(withTopN(m, topN), 'topN'), { testId: 'accounts-top-n' })}
          />
        )}

        <h4>{t('accountSettings.engaged')}</h4>
        <NumberFieldWithHint
          label={t('accountSettings.engagedAtLeast')}
          hint={t('accountSettings.engagedAtLeastHint')}
          field={fields('engagedAtLeast', m.engagedAtLeast, (engagedAtLeast) => set(withEngagedAtLeast(m, engagedAtLeast), 'engagedAtLeast'), { testId: 'accounts-engaged-at-least' })}
        />

        <h4 id="accounts-handoff-heading">{t('accountSettings.handoff')}</h4>
        <div className="accounts-form__choices" role="radiogroup" aria-labelledby="accounts-handoff-heading">
          {HANDOFF_LEVELS.map((level) => (
            <label key={level} className="inspector__check accounts-form__choice">
              <input type="radio" name="accounts-handoff" value={level} checked={m.handoff === level} onChange={() => set(withHandoffLevel(m, level))} data-testid={`accounts-handoff-${level}`} />
              <span>
                {t(`accountSettings.handoffLevels.${level}`)}
                <span className="inspector__hint">{t(`accountSettings.handoffHints.${level}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
