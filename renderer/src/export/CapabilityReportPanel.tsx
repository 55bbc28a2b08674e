// The capability report of a platform export, before saving: per step and setting mapped /
// approximated / dropped with how or why, the email content, and what to do in the platform.
// A panel beside the canvas rather than a modal, so a clicked step shows selected on the canvas.
import { useTranslation } from 'react-i18next';
import type { Status } from '../../../shared/export/report';
import { TARGET_NAMES } from '../../../shared/export/targetNames';
import { useApp } from '../store/StoreContext';
import type { PreparedExport } from './preparedExport';
import { noteWording, todoWording } from './reportWording';

export function CapabilityReportPanel({ prepared, onClose }: { prepared: PreparedExport; onClose: () => void }) {
  const { t } = useTranslation();
  const select = useApp((s) => s.setSelection);
  const saveExportFile = useApp((s) => s.saveExportFile);
  const { report } = prepared;
  const target = TARGET_NAMES[prepared.target];
  const badge = (status: Status) => <span className={`report-status report-status--${status}`}>{t(`platformExport.status.${status}`)}</span>;

  const save = async () => {
    if (await saveExportFile(prepared.fileName, prepared.content)) onClose();
  };

  return (
    <aside className="report-panel" role="dialog" aria-labelledby="report-title" data-testid="capability-report" data-target={prepared.target}>
      <h2 id="report-title">{t('platformExport.title', { target })}</h2>
      <p className="report-panel__summary" data-testid="report-summary">
        {t('platformExport.summary', report.counts)}
      </p>
      <p>{t('platformExport.intro')}</p>
      <h3>{t('platformExport.steps')}</h3>
      <ul className="report-list">
        {report.steps.map((line) => (
          <li key={line.nodeId} data-status={line.status}>
            <button type="button" className="report-line" onClick={() => select([line.nodeId], [])} data-testid={`report-step-${line.nodeId}`}>
              {badge(line.status)} <strong>{line.label || t(`nodeTypes.${line.type}.name`)}</strong>
              {line.becomes.length > 0 && <code>{line.becomes.join(', ')}</code>}
            </button>
            {line.notes.map((n, i) => (
              <p key={i}>{noteWording(n, t)}</p>
            ))}
          </li>
        ))}
      </ul>
      <h3>{t('platformExport.settings')}</h3>
      <ul className="report-list">
        {report.settings.map((line) => (
          <li key={line.setting} data-status={line.status}>
            {badge(line.status)} <strong>{t(`platformExport.settingNames.${line.setting}`)}</strong>
            {line.notes.map((n, i) => (
              <p key={i}>{noteWording(n, t)}</p>
            ))}
          </li>
        ))}
      </ul>
      {report.content.length > 0 && (
        <>
          <h3>{t('platformExport.content')}</h3>
          <ul className="report-list">
            {report.content.map((line) => (
              <li key={line.templateId} data-status={line.status}>
                {badge(line.status)} <strong>{line.templateName}</strong>
                {line.notes.map((n, i) => (
                  <p key={i}>{noteWording(n, t)}</p>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('platformExport.todo', { target })}</h3>
      <ul data-testid="report-todo">
        {report.todo.map((todo, i) => (
          <li key={i}>{todoWording(todo, t)}</li>
        ))}
      </ul>
      <div className="dialog__actions report-panel__actions">
        <button type="button" className="button" onClick={onClose} data-testid="report-cancel">
          {t('platformExport.cancel')}
        </button>
        <button type="button" className="button button--primary" onClick={() => void save()} data-testid="report-save">
          {t('platformExport.save')}
        </button>
      </div>
    </aside>
  );
}
