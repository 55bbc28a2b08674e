// Who is stuck where at the end of the run: the steps (click one to select it on the canvas)
// and some of the prospects (click one to replay it).
import { useTranslation } from 'react-i18next';
import { STUCK_OUTCOMES } from '../../../../shared/simulation/aggregate';
import type { SimulationResults } from '../../../../shared/simulation/results';
import { formatNumber } from '../../i18n/format';
import { useApp } from '../../store/StoreContext';
import { Card } from './Card';

export function StuckCard({ results }: { results: SimulationResults }) {
  const { t } = useTranslation();
  const document = useApp((s) => s.document);
  const setSelection = useApp((s) => s.setSelection);
  const close = useApp((s) => s.showResultsView);
  const startReplay = useApp((s) => s.startReplay);
  const setTab = useApp((s) => s.setSimulationTab);
  const nodes = new Map((document?.nodes ?? []).map((n) => [n.id, n]));
  const name = (id: string) => {
    const node = nodes.get(id);
    return node ? node.label || t(`nodeTypes.${node.type}.name`) : id;
  };
  const stuck = results.timelines.filter((tl) => STUCK_OUTCOMES.has(tl.outcome));
  return (
    <Card title={t('results.stuck')} hint={t('results.stuckHint', { total: formatNumber(results.stuck.total) })} wide testId="stuck-list">
      <div className="results-split">
        <table className="results-table">
          <thead>
            <tr>
              <th>{t('results.step')}</th>
              <th>{t('results.waitingThere')}</th>
            </tr>
          </thead>
          <tbody>
            {results.stuck.byNode.slice(0, 10).map((row) => (
              <tr key={row.nodeId}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setSelection([row.nodeId], []);
                      close(null);
                    }}
                  >
                    {name(row.nodeId)}
                  </button>
                </td>
                <td>{formatNumber(row.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div>
          <h4>{t('results.stuckSample', { count: stuck.length })}</h4>
          <ul className="results-people">
            {stuck.slice(0, 12).map((tl) => (
              <li key={tl.prospectId}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    startReplay(tl);
                    setTab('replay');
                    close(null);
                  }}
                >
                  {tl.name || tl.prospectId}
                </button>
                <span className="inspector__hint">{tl.finalNodeId ? name(tl.finalNodeId) : ''}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </Card>
  );
}
