// Why sales sent leads back, most frequent reason first.
import { useTranslation } from 'react-i18next';
import type { RejectionReason } from '../../../../shared/sales/schema';
import type { ShareRow } from '../../../../shared/simulation/salesView';
import { CHART } from '../chartStyle';
import { Card } from './Card';
import { ShareBars } from './ShareBars';

export function ReasonsCard({ reasons }: { reasons: ShareRow<RejectionReason>[] }) {
  const { t } = useTranslation();
  const any = reasons.some((r) => r.count > 0);
  return (
    <Card title={t('salesResults.answers.reasons')} testId="sales-reasons">
      {any ? (
        <ShareBars testId="sales-reason-shares" rows={reasons.map((r) => ({ ...r, label: t(`salesResults.answers.reasonNames.${r.key}`), colour: CHART.branch }))} />
      ) : (
        <p className="results-empty">{t('salesResults.answers.noRejections')}</p>
      )}
    </Card>
  );
}
