// The test prospect's data: the persona it starts from and the attributes the journey reads.
import { useTranslation } from 'react-i18next';
import type { Persona } from '../../../shared/simulation/model';
import { attributeText, type TestForm } from '../../../shared/simulation/testForm';
import type { TestAttribute } from '../../../shared/simulation/testProspect';
import { personaName } from './personaText';

interface Props {
  form: TestForm;
  attributes: readonly TestAttribute[];
  persona: Persona | undefined;
  personas: readonly Persona[];
  onPersona(id: string): void;
  onAttribute(name: string, text: string): void;
}

export function TestData({ form, attributes, persona, personas, onPersona, onAttribute }: Props) {
  const { t } = useTranslation();
  return (
    <details className="test-mode__data" data-testid="test-data">
      <summary>{t('test.data', { persona: persona ? personaName(persona, t) : '', count: attributes.length })}</summary>
      <p className="inspector__hint">{t('test.dataHint')}</p>
      {personas.length > 1 && (
        <label className="test-mode__row">
          <span className="test-mode__step">{t('test.persona')}</span>
          <select value={persona?.id ?? ''} onChange={(e) => onPersona(e.target.value)} data-testid="test-persona">
            {personas.map((p) => (
              <option key={p.id} value={p.id}>
                {personaName(p, t)}
              </option>
            ))}
          </select>
        </label>
      )}
      {attributes.map((a) => (
        <label key={a.name} className="test-mode__row">
          <span className="test-mode__step">{a.name}</span>
          <input list={`test-values-${a.name}`} value={attributeText(form, a)} onChange={(e) => onAttribute(a.name, e.target.value)} data-testid={`test-attribute-${a.name}`} />
          <datalist id={`test-values-${a.name}`}>
            {a.suggestions.map((v) => (
              <option key={String(v)} value={String(v)} />
            ))}
          </datalist>
        </label>
      ))}
    </details>
  );
}
