// An email step: pick its template from the library (search by name, topic or subject),
// override the subject, set the topics that feed topic scores.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { topicsFromText, withTemplate } from '../../../../shared/journey/steps/sendEmail';
import { emailTemplatesMatching } from '../../../../shared/templates/search';
import { useApp } from '../../store/StoreContext';
import { Field, TextInput, TopicsInput } from '../fields';
import type { StepFieldsProps } from './stepFields';

const MAX_SHOWN = 30;

export function SendEmailFields({ node, set, apply, seal }: StepFieldsProps<'sendEmail'>) {
  const { t } = useTranslation();
  const templatesById = useApp((s) => s.templatesById);
  const [query, setQuery] = useState('');
  const p = node.params;
  const current = p.templateId ? templatesById.get(p.templateId) : undefined;
  const matches = useMemo(() => emailTemplatesMatching([...templatesById.values()], query).slice(0, MAX_SHOWN), [templatesById, query]);

  return (
    <div className="inspector__section" aria-label={t('emailStep.heading')} data-testid="email-step-panel">
      <div className="inspector__current" data-testid="email-step-template">
        <span className="inspector__label">{t('emailStep.template')}</span>
        {current ? (
          <>
            <strong>{current.name}</strong>
            <span className="inspector__hint">{current.subject}</span>
          </>
        ) : (
          <span className="inspector__hint">{t('emailStep.none')}</span>
        )}
      </div>
      <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('emailStep.search')} data-testid="template-picker-search" />
      <ul className="inspector__list" data-testid="template-picker">
        {matches.map((tpl) => (
          <li key={tpl.id}>
            <button type="button" className={tpl.id === p.templateId ? 'is-on' : ''} onClick={() => apply(withTemplate(p, tpl))} data-testid="template-option">
              <span>
                <span className="badge">{tpl.language.toUpperCase()}</span>
                {tpl.name}
              </span>
              <span className="inspector__hint">{tpl.subject}</span>
            </button>
          </li>
        ))}
      </ul>
      <Field label={t('emailStep.subjectOverride')}>
        <TextInput value={p.subject} onChange={(subject) => set({ ...p, subject }, 'subject')} onDone={seal} testId="email-step-subject" />
      </Field>
      <Field label={t('emailStep.topics')}>
        <TopicsInput
          topics={p.topics}
          onChange={(text) => {
            const topics = topicsFromText(text);
            return topics.ok ? set({ ...p, topics: topics.value }, 'topics') : topics;
          }}
          onDone={seal}
        />
      </Field>
    </div>
  );
}
