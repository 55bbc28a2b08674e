// What the journey costs: per email, per sales hour and hand-off, and fixed. The results use
// these for cost per stage and the return on investment.
import { useTranslation } from 'react-i18next';
import type { JourneyDocument } from '../../../../shared/journey/schema';
import { handoffCost, withCosts } from '../../../../shared/sales/edits';
import { CURRENCIES } from '../../../../shared/sales/schema';
import { Select } from '../fields';
import { HintedField, NumberFieldWithHint, useMoney, useNumberFields } from './salesFields';
import { useJourneyPart } from './useJourneyPart';

export function CostsForm({ document }: { document: JourneyDocument }) {
  const { t } = useTranslation();
  const { value: c, set, seal } = useJourneyPart(document, 'costs');
  const fields = useNumberFields(seal);
  const money = useMoney(c.currency);
  const currency = money.symbol;
  return (
    <div className="inspector__section sales-form" data-testid="costs-form">
      <p className="inspector__hint">{t('salesSettings.costs.intro')}</p>
      <HintedField label={t('salesSettings.costs.currency')}>
        <Select value={c.currency} options={CURRENCIES.map((value) => ({ value, label: value }))} onChange={(currency) => set(withCosts(c, { currency }))} testId="costs-currency" />
      </HintedField>
      <NumberFieldWithHint
        label={t('salesSettings.costs.perEmail', { currency })}
        hint={t('salesSettings.costs.perEmailHint')}
        field={fields('perEmail', c.perEmail, (perEmail) => set(withCosts(c, { perEmail }), 'perEmail'), { testId: 'costs-per-email' })}
      />
      <NumberFieldWithHint
        label={t('salesSettings.costs.perSalesHour', { currency })}
        hint={t('salesSettings.costs.perSalesHourHint')}
        field={fields('perSalesHour', c.perSalesHour, (perSalesHour) => set(withCosts(c, { perSalesHour }), 'perSalesHour'), { testId: 'costs-per-sales-hour' })}
      />
      <NumberFieldWithHint
        label={t('salesSettings.costs.salesHoursPerHandoff')}
        hint={t('salesSettings.costs.salesHoursPerHandoffHint')}
        field={fields('salesHoursPerHandoff', c.salesHoursPerHandoff, (salesHoursPerHandoff) => set(withCosts(c, { salesHoursPerHandoff }), 'salesHoursPerHandoff'), {
          testId: 'costs-hours-per-handoff',
        })}
      />
      <p className="sales-form__note" data-testid="costs-handoff-cost">
        {t('salesSettings.costs.handoffCost', { cost: money.format(handoffCost(c)) })}
      </p>
      <NumberFieldWithHint
        label={t('salesSettings.costs.fixed', { currency })}
        hint={t('salesSettings.costs.fixedHint')}
        field={fields('fixed', c.fixed, (fixed) => set(withCosts(c, { fixed }), 'fixed'), { testId: 'costs-fixed' })}
      />
    </div>
  );
}
