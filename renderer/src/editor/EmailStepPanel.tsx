// The panel for a selected email step: pick its template from the library (search by name
// or topic), override the subject, set the topics that feed topic scores.
import { Mail } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeOf } from '../../../shared/journey/schema';
import { useApp } from '../store/StoreContext';

/** `embedded`: inside the step inspector, without a panel of its own. */
export function EmailStepPanel({ node, embedded = false }: { node: NodeOf<'sendEmail'>; embedded?: boolean }) {
  const { t } = useTranslation();
  const templatesById = useApp((s) => s.templatesById);
  const applyEdit = useApp((s) => s.applyEdit);
  const [query, setQuery] = useState('');
  const current = node.params.templateId ? templatesById.get(node.params.templateId) : undefined;
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return [...templatesById.values()]
      .filter((tpl) => tpl.kind === 'email')
      .filter((tpl) => !q || tpl.name.toLowerCase().includes(q) || tpl.topics.some((topic) => topic.includes(q)) || tpl.subject.toLowerCase().includes(q))
      .slice(0, 30);
  }, [templatesById, query]);
  const update = (params: Partial<NodeOf<'sendEmail'>['params']>) =>
    applyEdit([{ kind: 'updateNode', node: { ...node, params: { ...node.params, ...params } } }]);

  const Wrapper = embedded ? 'div' : 'aside';
  return (
    <Wrapper className={embedded ? 'inspector__section' : 'inspector'} aria-label={t('emailStep.heading')} data-testid="email-step-panel">
      {!embedded && (
        <h3>
          <Mail size={14} aria-hidden /> {t('emailStep.heading')}
        </h3>
      )}
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
            <button
              type="button"
              className={tpl.id === node.params.templateId ? 'is-on' : ''}
              onClick={() => update({ templateId: tpl.id, topics: node.params.topics.length > 0 ? node.params.topics : tpl.topics })}
              data-testid="template-option"
            >
              <span>
                <span className="badge">{tpl.language.toUpperCase()}</span>
                {tpl.name}
              </span>
              <span className="inspector__hint">{tpl.subject}</span>
            </button>
          </li>
        ))}
      </ul>
      <label className="inspector__field">
        {t('emailStep.subjectOverride')}
        <input value={node.params.subject} onChange={(e) => update({ subject: e.target.value })} maxLength={300} />
      </label>
      <label className="inspector__field">
        {t('emailStep.topics')}
        <input
          defaultValue={node.params.topics.join(', ')}
          key={node.params.topics.join(',')}
          onBlur={(e) => update({ topics: e.target.value.split(',').map((s) => s.trim()).filter(Boolean) })}
        />
      </label>
    </Wrapper>
  );
}
