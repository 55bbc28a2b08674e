// Test mode: one prospect whose reactions are written down — composed email by email, or
// "every yes", "every no" or random — run through the journey as drawn and shown on the canvas.
// What the form means is read in shared/simulation/testForm.ts.
import { FlaskConical } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newTestForm, TEST_MODES, type TestForm, testRunFromForm } from '../../../shared/simulation/testForm';
import { testAttributesFor } from '../../../shared/simulation/testProspect';
import { useApp } from '../store/StoreContext';
import { TestComposer } from './TestComposer';
import { TestData } from './TestData';

export function TestTab() {
  const { t } = useTranslation();
  const document = useApp((s) => s.document);
  const runTest = useApp((s) => s.runTest);
  const personas = useApp((s) => s.personaSet?.personas);
  const [personaId, setPersonaId] = useState('');
  const [form, setForm] = useState<TestForm>(() => newTestForm(t('test.defaultName')));
  const persona = personas?.find((p) => p.id === personaId) ?? personas?.[0];
  // The attributes this journey reads, starting from values its audience admits.
  const attributes = useMemo(() => (document ? testAttributesFor(document, persona) : []), [document, persona]);
  if (!document) return null;
  const update = (change: Partial<TestForm>) => setForm({ ...form, ...change });

  const onRun = () => {
    const { script, options } = testRunFromForm(form, document, attributes, { personaId: persona?.id, defaultName: t('test.defaultName') });
    void runTest(script, options);
  };

  return (
    <section className="inspector__section test-mode" data-testid="test-mode">
      <p className="inspector__hint">{t('test.intro')}</p>
      <div className="segmented test-mode__modes" role="radiogroup" aria-label={t('test.mode')}>
        {TEST_MODES.map((m) => (
          <button key={m} type="button" role="radio" aria-checked={form.mode === m} className={form.mode === m ? 'is-on' : ''} onClick={() => update({ mode: m })} data-testid={`test-mode-${m}`}>
            {t(`test.modes.${m}`)}
          </button>
        ))}
      </div>
      <div className="inspector__row">
        <label className="inspector__field">
          {t('test.name')}
          <input value={form.name} onChange={(e) => update({ name: e.target.value })} data-testid="test-name" />
        </label>
        <label className="inspector__field test-mode__days">
          {t('simulation.days')}
          <input inputMode="numeric" value={form.days} onChange={(e) => update({ days: e.target.value })} data-testid="test-days" />
        </label>
      </div>
      {attributes.length > 0 && (
        <TestData
          form={form}
          attributes={attributes}
          persona={persona}
          personas={personas ?? []}
          onPersona={(id) => {
            setPersonaId(id);
            update({ typedAttributes: {} }); // start again from the new persona's values
          }}
          onAttribute={(name, text) => update({ typedAttributes: { ...form.typedAttributes, [name]: text } })}
        />
      )}
      {form.mode === 'random' && (
        <label className="inspector__field">
          {t('simulation.seed')}
          <input inputMode="numeric" value={form.seed} onChange={(e) => update({ seed: e.target.value })} data-testid="test-seed" />
        </label>
      )}
      {form.mode !== 'compose' && <p className="inspector__hint">{t(`test.explain.${form.mode}`)}</p>}
      {form.mode === 'compose' && <TestComposer journey={document} composition={form.composition} onChange={(composition) => update({ composition })} />}
      <button type="button" className="button button--primary" onClick={onRun} data-testid="test-run">
        <FlaskConical size={14} aria-hidden /> {t('test.run')}
      </button>
    </section>
  );
}
