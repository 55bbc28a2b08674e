// The Export button: our own journey file, or a sending platform's (Klaviyo, Mautic, HubSpot,
// Journey Builder, Dittofeed), whose capability report is shown before the file is saved.
import { useState } from 'react';
import { ChevronDown, Download } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { EXPORT_TARGETS, type ExportTarget } from '../../../shared/export/targetNames';
import { useApp } from '../store/StoreContext';
import { CapabilityReportPanel } from './CapabilityReportPanel';
import type { PreparedExport } from './preparedExport';


export function ExportMenu({ id }: { id: string }) {
  const { t } = useTranslation();
  const exportJourney = useApp((s) => s.exportJourney);
  const exportForPlatform = useApp((s) => s.exportForPlatform);
  const [open, setOpen] = useState(false);
  const [preparing, setPreparing] = useState<ExportTarget | null>(null);
  const [prepared, setPrepared] = useState<PreparedExport | null>(null);

  const choose = async (target: ExportTarget) => {
    setOpen(false);
    setPreparing(target);
    const result = await exportForPlatform(id, target);
    setPreparing(null);
    if (result) setPrepared({ ...result, target });
  };

  return (
    <div className="export-menu">
      <button type="button" className="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="export-menu" disabled={preparing !== null}>
        <Download size={14} aria-hidden /> {preparing ? t('platformExport.preparing') : t('platformExport.button')} <ChevronDown size={12} aria-hidden />
      </button>
      {open && (
        <ul className="export-menu__list" role="menu">
          <li role="none">
            <button
              type="button"
              role="menuitem"
              onClick={() => {
                setOpen(false);
                void exportJourney(id);
              }}
              data-testid="export-journey"
            >
              {t('platformExport.nurtureFile')}
            </button>
          </li>
          {EXPORT_TARGETS.map((target) => (
            <li role="none" key={target}>
              <button type="button" role="menuitem" onClick={() => void choose(target)} data-testid={`export-${target}`}>
                {t(`platformExport.${target}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {prepared && <CapabilityReportPanel prepared={prepared} onClose={() => setPrepared(null)} />}
    </div>
  );
}
