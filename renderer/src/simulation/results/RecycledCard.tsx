// Rejected leads that went back into nurturing, and how many of them came back to sales, were
// accepted and bought.
import { useTranslation } from 'react-i18next';
import type { RecycledView } from '../../../../shared/simulation/salesView';
import { formatNumber } from '../../i18n/format';
import { CHART } from '../chartStyle';
import { Card } from './Card';
import { ShareBars } from './ShareBars';

export function RecycledCard({ recycled }: { recycled: RecycledView }) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('salesResults.recycled.title')}
      hint={recycled.leads > 0 ? t('salesResults.recycled.hint', { count: recycled.leads, countText: formatNumber(recycled.leads) }) : undefined}
      testId="sales-recycled"
    >
      {recycled.leads > 0 ? (
        <ShareBars testId="sales-recycled-shares" rows={recycled.rows.map((r) => ({ ...r, label: t(`salesResults.recycled.${r.key}`), colour: CHART.primary }))} />
      ) : (
        <p className="results-empty">{t('salesResults.recycled.none')}</p>
      )}
    </Card>
  );
}
