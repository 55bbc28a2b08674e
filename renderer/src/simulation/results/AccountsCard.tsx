// Accounts (buying centres) of a run whose prospects belong to companies: the account funnel
// beside the contact funnel, how many contacts the accounts have, and how many the won ones have.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type AccountResults, accountView, type ContactsShare } from '../../../../shared/simulation/accounts';
import type { SimulationResults } from '../../../../shared/simulation/results';
import { formatNumber, formatPercent } from '../../i18n/format';
import { CHART } from '../chartStyle';
import { Card } from './Card';
import { ShareBars } from './ShareBars';

export function AccountsCard({ accounts, results }: { accounts: AccountResults; results: SimulationResults }) {
  const { t } = useTranslation();
  const view = useMemo(() => accountView(accounts, results.funnel), [accounts, results.funnel]);
  const bars = (buckets: ContactsShare[], colour: string) =>
    buckets.map((b) => ({ key: b.contacts, label: t('accounts.card.bucket', { count: Number.parseInt(b.contacts, 10), contacts: b.contacts }), count: b.accounts, share: b.share, colour }));
  const hint = t('accounts.card.hint', { count: accounts.accounts, accountsText: formatNumber(accounts.accounts), contactsText: formatNumber(accounts.contacts) });
  const alone = accounts.contactsWithoutAccount > 0 ? ` ${t('accounts.card.alone', { count: accounts.contactsWithoutAccount, countText: formatNumber(accounts.contactsWithoutAccount) })}` : '';
  const won = accounts.won;
  return (
    <Card title={t('accounts.card.title')} hint={hint + alone} wide testId="results-accounts">
      <div className="results-split">
        <div>
          <h4>{t('accounts.card.funnel')}</h4>
          <table className="results-table" data-testid="account-funnel">
            <thead>
              <tr>
                <th>{t('accounts.card.stage')}</th>
                <th>{t('accounts.card.contacts')}</th>
                <th>{t('accounts.card.accounts')}</th>
                <th>{t('accounts.card.shareOfAccounts')}</th>
                <th>{t('accounts.card.conversion')}</th>
              </tr>
            </thead>
            <tbody>
              {view.stages.map((row) => (
                <tr key={row.stage} data-stage={row.stage} data-accounts={row.accounts} data-contacts={row.contacts}>
                  <td>{t(`stages.${row.stage}`)}</td>
                  <td>{formatNumber(row.contacts)}</td>
                  <td>{formatNumber(row.accounts)}</td>
                  <td>{formatPercent(row.shareOfAccounts)}</td>
                  <td>{row.conversionFromPrevious === null ? '—' : formatPercent(row.conversionFromPrevious)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="inspector__hint" style={{ marginTop: 8 }}>
            {t('accounts.card.funnelHint')}
          </p>
        </div>
        <div>
          <h4>{t('accounts.card.perAccount')}</h4>
          <p className="inspector__hint">{t('accounts.card.perAccountHint', { mean: formatNumber(accounts.meanContacts, 1) })}</p>
          <ShareBars testId="accounts-per-account" rows={bars(view.perAccount, CHART.primary)} />
          <h4 style={{ marginTop: 14 }}>{t('accounts.card.perWonAccount')}</h4>
          {won.accounts > 0 ? (
            <>
              <p className="inspector__hint">{t('accounts.card.perWonAccountHint', { count: won.accounts, countText: formatNumber(won.accounts), mean: formatNumber(won.meanContacts ?? 0, 1) })}</p>
              <ShareBars testId="accounts-per-won-account" rows={bars(view.perWonAccount, CHART.ok)} />
            </>
          ) : (
            <p className="results-empty" data-testid="accounts-none-won">
              {results.sales?.enabled === false ? t('accounts.card.noSales') : t('accounts.card.noneWon')}
            </p>
          )}
        </div>
      </div>
    </Card>
  );
}
