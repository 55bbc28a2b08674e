// Editing one template: its fields, the MJML source, problems (click to jump to the line),
// the live preview, and its revisions (compare with the editor, restore).
import { diffLines } from 'diff';
import { CircleAlert, History, TriangleAlert } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateProblem } from '../../../shared/templates/checks';
import { TEMPLATE_LANGUAGES } from '../../../shared/exchange/format';
import { topicsFromText } from '../../../shared/journey/steps/sendEmail';
import { TemplateConflictBanner } from '../editor/ConflictBanner';
import { TopicsInput } from '../editor/fields';
import { useApp } from '../store/StoreContext';
import { MjmlEditor, type MjmlEditorHandle } from './MjmlEditor';
import { templateProblemText } from './templateProblemText';
import { PreviewPane } from './PreviewPane';
import { SaveTemplateButton, type SaveTemplateHandle } from './SaveTemplateButton';

type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];
/** Each language by its own name, as language pickers do. */
const LANGUAGE_NAMES: Record<TemplateLanguage, string> = { en: 'English', de: 'Deutsch' };

export function TemplateEditor() {
  const { t } = useTranslation();
  const template = useApp((s) => s.template);
  const draft = useApp((s) => s.templateDraft);
  const dirty = useApp((s) => s.templateDirty);
  const problems = useApp((s) => s.templateProblems);
  const edit = useApp((s) => s.editTemplate);
  const editor = useRef<MjmlEditorHandle>(null);
  const saver = useRef<SaveTemplateHandle>(null);

  if (!template || !draft) return <main className="editor editor--empty">{t('templates.choose')}</main>;
  const isPartial = template.kind === 'partial';
  return (
    <main className="editor template-editor" data-testid="template-editor" data-template-id={template.id}>
      <header className="editor__header">
        <input
          className="editor__title-input"
          value={draft.name}
          onChange={(e) => edit({ name: e.target.value })}
          aria-label={t('templates.name')}
          data-testid="template-name"
        />
        <div className="template-editor__actions">
          <span className="save-status" data-testid="template-status">
            {dirty ? t('templates.unsaved') : t('templates.savedRevision', { revision: template.revision })}
          </span>
          <SaveTemplateButton ref={saver} disabled={!dirty} />
        </div>
      </header>
      <TemplateConflictBanner />
      {!isPartial && (
        <div className="template-fields">
          <label>
            {t('templates.subject')}
            <input value={draft.subject} onChange={(e) => edit({ subject: e.target.value })} data-testid="template-subject" />
          </label>
          <label>
            {t('templates.preheader')}
            <input value={draft.preheader} onChange={(e) => edit({ preheader: e.target.value })} />
          </label>
          <label>
            {t('templates.topics')}
            <TopicsInput
              topics={draft.topics}
              testId="template-topics"
              onChange={(text) => {
                const topics = topicsFromText(text);
                if (!topics.ok) return topics;
                edit({ topics: topics.value });
              }}
            />
          </label>
          <label className="template-fields__language">
            {t('templates.language')}
            <select value={draft.language} onChange={(e) => edit({ language: e.target.value as TemplateLanguage })}>
              {TEMPLATE_LANGUAGES.map((language) => (
                <option key={language} value={language}>
                  {LANGUAGE_NAMES[language]}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <div className="template-editor__body">
        <div className="template-editor__source">
          <MjmlEditor ref={editor} value={draft.mjml} historyKey={template.id} problems={problems} onChange={(mjml) => edit({ mjml })} onSave={() => saver.current?.requestSave()} />
          <ProblemList problems={problems} onPick={(line) => editor.current?.goToLine(line)} />
        </div>
        <div className="template-editor__side">
          <PreviewPane />
          <Revisions current={draft.mjml} />
        </div>
      </div>
    </main>
  );
}

function ProblemList({ problems, onPick }: { problems: readonly TemplateProblem[]; onPick(line: number): void }) {
  const { t } = useTranslation();
  return (
    <div className="template-problems" data-testid="template-problems">
      {problems.length === 0 ? (
        <p className="template-problems__ok">{t('templates.noProblems')}</p>
      ) : (
        <ul>
          {problems.map((p, i) => (
            <li key={i} className={`template-problem template-problem--${p.severity}`}>
              <button type="button" disabled={p.line === null} onClick={() => p.line !== null && onPick(p.line)} data-testid="template-problem">
                {p.severity === 'error' ? <CircleAlert size={14} aria-hidden /> : <TriangleAlert size={14} aria-hidden />}
                {p.line !== null && <span className="template-problem__line">{t('templates.line', { line: p.line })}</span>}
                <span>{templateProblemText(p, t)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Revisions({ current }: { current: string }) {
  const { t, i18n } = useTranslation();
  const revisions = useApp((s) => s.revisions);
  const restore = useApp((s) => s.restoreRevision);
  const [comparing, setComparing] = useState<number | null>(null);
  const compared = revisions.find((r) => r.revision === comparing);
  return (
    <section className="revisions" aria-label={t('templates.revisions')}>
      <h3>
        <History size={14} aria-hidden /> {t('templates.revisions')}
      </h3>
      <ul data-testid="template-revisions">
        {revisions.map((r) => (
          <li key={r.revision} data-revision={r.revision}>
            <span className="revisions__label">
              #{r.revision} · {new Date(r.savedAt).toLocaleString(i18n.language)}
            </span>
            <button type="button" className="link-button" onClick={() => setComparing(comparing === r.revision ? null : r.revision)}>
              {t('templates.compare')}
            </button>
            <button type="button" className="link-button" onClick={() => void restore(r.revision)} data-testid={`restore-${r.revision}`}>
              {t('templates.restore')}
            </button>
          </li>
        ))}
      </ul>
      {compared && (
        <pre className="diff" data-testid="revision-diff">
          {diffLines(compared.mjml, current).map((part, i) => (
            <span key={i} className={part.added ? 'diff__added' : part.removed ? 'diff__removed' : 'diff__same'}>
              {part.added || part.removed ? part.value : part.count && part.count > 4 ? `  … ${part.count} ${t('templates.unchangedLines')}\n` : part.value}
            </span>
          ))}
        </pre>
      )}
    </section>
  );
}
