// The template library: search by name or topic, emails and the shared brand layout,
// new / import .mjml / export / duplicate / delete.
import { Copy, Download, Plus, Trash2, Upload } from 'lucide-react';
import { type ChangeEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../shared/api/contract';
import { downloadText } from '../files/download';
import { useApp } from '../store/StoreContext';
import type { MjmlImportLine } from '../store/state/templates';

export function TemplateSidebar() {
  const { t } = useTranslation();
  const templatesById = useApp((s) => s.templatesById);
  const openId = useApp((s) => s.template?.id ?? null);
  const open = useApp((s) => s.openTemplate);
  const create = useApp((s) => s.createTemplate);
  const importFiles = useApp((s) => s.importMjmlFiles);
  const [query, setQuery] = useState('');
  const [report, setReport] = useState<MjmlImportLine[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);

  const { emails, partials } = useMemo(() => {
    const q = query.trim().toLowerCase();
    const all = [...templatesById.values()].filter((tpl) => !q || tpl.name.toLowerCase().includes(q) || tpl.topics.some((topic) => topic.toLowerCase().includes(q)));
    return { emails: all.filter((x) => x.kind === 'email'), partials: all.filter((x) => x.kind === 'partial') };
  }, [templatesById, query]);

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0) return;
    setReport(await importFiles(await Promise.all(files.map(async (f) => ({ name: f.name, content: await f.text() })))));
  };

  return (
    <nav className="sidebar__list" aria-label={t('templates.heading')}>
      <div className="sidebar__tools">
        <input type="search" placeholder={t('templates.search')} value={query} onChange={(e) => setQuery(e.target.value)} data-testid="template-search" />
        <div className="sidebar__buttons">
          <button type="button" className="button button--primary" onClick={() => void create(t('templates.untitled'), 'en')} data-testid="new-template">
            <Plus size={14} aria-hidden /> {t('templates.new')}
          </button>
          <button type="button" className="button" onClick={() => fileInput.current?.click()} data-testid="import-mjml">
            <Upload size={14} aria-hidden /> {t('templates.import')}
          </button>
          <input ref={fileInput} type="file" accept=".mjml" multiple hidden onChange={(e) => void onImport(e)} data-testid="import-mjml-input" />
        </div>
        {report.length > 0 && (
          <ul className="sidebar__report" data-testid="import-report">
            {report.map((line) => (
              <li key={line.file}>{line.draft ? t('templates.importedAsDraft', { file: line.file, count: line.errors }) : t('templates.imported', { file: line.file })}</li>
            ))}
          </ul>
        )}
      </div>
      <ul className="journey-list" data-testid="template-list">
        {emails.map((tpl) => (
          <TemplateItem key={tpl.id} template={tpl} open={tpl.id === openId} onOpen={() => void open(tpl.id)} />
        ))}
        {partials.length > 0 && <li className="sidebar__group">{t('templates.brandLayout')}</li>}
        {partials.map((tpl) => (
          <TemplateItem key={tpl.id} template={tpl} open={tpl.id === openId} onOpen={() => void open(tpl.id)} />
        ))}
      </ul>
    </nav>
  );
}

function TemplateItem({ template, open, onOpen }: { template: TemplateSummary; open: boolean; onOpen(): void }) {
  const { t } = useTranslation();
  const duplicate = useApp((s) => s.duplicateTemplate);
  const remove = useApp((s) => s.deleteTemplate);
  const exportTemplate = useApp((s) => s.exportTemplate);
  const [confirming, setConfirming] = useState(false);
  return (
    <li className={`journey-item${open ? ' journey-item--open' : ''}`} data-testid="template-item" data-template-name={template.name} data-template-id={template.id}>
      <button type="button" className="journey-item__open" onClick={onOpen}>
        <span className="journey-item__name">
          {template.name}
          {template.draft && <span className="badge badge--warn">{t('templates.draft')}</span>}
        </span>
        <span className="journey-item__meta">
          <span className="badge">{template.language.toUpperCase()}</span> {template.kind === 'partial' ? t('templates.partial') : template.subject}
        </span>
      </button>
      {confirming ? (
        <div className="journey-item__confirm" role="alertdialog">
          <span>{t('templates.confirmDelete', { name: template.name })}</span>
          <button type="button" className="button button--danger" onClick={() => void remove(template.id).then(() => setConfirming(false))} data-testid="confirm-delete-template">
            {t('library.delete')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('library.cancel')}
          </button>
        </div>
      ) : (
        <div className="journey-item__actions">
          <button type="button" className="icon-button" title={t('templates.export')} aria-label={t('templates.export')} onClick={() => void exportTemplate(template.id).then((f) => f && downloadText(f.fileName, f.content, 'text/xml'))}>
            <Download size={14} />
          </button>
          <button type="button" className="icon-button" title={t('library.duplicate')} aria-label={t('library.duplicate')} onClick={() => void duplicate(template.id)}>
            <Copy size={14} />
          </button>
          <button type="button" className="icon-button" title={t('library.delete')} aria-label={t('library.delete')} onClick={() => setConfirming(true)} data-testid="delete-template">
            <Trash2 size={14} />
          </button>
        </div>
      )}
    </li>
  );
}
