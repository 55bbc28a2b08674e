// Accounts (buying centres) of a run whose prospects belong to companies: whether their contacts
// were simulated together, the account funnel beside the contact funnel, how many contacts the
// accounts have and the won ones have, and — with the account-level hand-off — the accounts
// handed to sales, the buying roles engaged then and the colleagues who joined.
import { User, Users } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type AccountResults, accountView, type ContactsShare } from '../../../../shared/simulation/accounts';
import { type HandoverView, handoverView } from '../../../../shared/simulation/accountView';
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
  const handover = useMemo(() => handoverView(accounts), [accounts]);
  return (
    <Card title={t('accounts.card.title')} hint={hint + alone} wide testId="results-accounts">
      <p className="accounts-mode" data-testid="accounts-mode" data-together={accounts.together}>
        {accounts.together ? <Users size={14} aria-hidden /> : <User size={14} aria-hidden />}
        {t(accounts.together ? 'accounts.card.mode.together' : 'accounts.card.mode.alone')}
      </p>
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
      {handover && <Handovers view={handover} total={accounts.accounts} />}
    </Card>
  );
}

/** The account-level hand-off: accounts handed over, how many and which roles were engaged then, who joined later. */
function Handovers({ view, total }: { view: HandoverView; total: number }) {
  const { t } = useTranslation();
  return (
    <section className="accounts-handover" data-testid="accounts-handover" data-accounts={view.accounts}>
      <h4>{t('accounts.card.handover.title')}</h4>
      <p className="inspector__hint">{t('accounts.card.handover.hint', { accountsText: formatNumber(view.accounts), totalText: formatNumber(total), share: formatPercent(view.shareOfAccounts) })}</p>
      <div className="results-split results-split--even">
        <div>
          <h4>{t('accounts.card.handover.rolesEngaged')}</h4>
          {view.meanRoles !== null && <p className="inspector__hint">{t('accounts.card.handover.rolesEngagedHint', { mean: formatNumber(view.meanRoles, 1) })}</p>}
          <ShareBars
            testId="accounts-roles-engaged"
            rows={view.byRolesEngaged.map((r) => ({ key: String(r.roles), label: t('accounts.card.handover.roles', { count: r.roles }), count: r.accounts, share: view.accounts === 0 ? null : r.share, colour: CHART.funnel[Math.min(r.roles, 4)]! }))}
          />
        </div>
        <div>
          <h4>{t('accounts.card.handover.byRole')}</h4>
          <p className="inspector__hint">{t('accounts.card.handover.byRoleHint')}</p>
          <ShareBars testId="accounts-by-role" rows={view.byRole.map((r) => ({ key: r.role, label: t(`accounts.roles.${r.role}`), count: r.accounts, share: view.accounts === 0 ? null : r.share, colour: CHART.primary }))} />
        </div>
      </div>
      <p className="inspector__hint" data-testid="accounts-joined" data-count={view.contactsJoined}>
        {view.contactsJoined === 0 ? t('accounts.card.handover.joinedNone') : t('accounts.card.handover.joined', { count: view.contactsJoined, countText: formatNumber(view.contactsJoined) })}
      </p>
    </section>
  );
}
