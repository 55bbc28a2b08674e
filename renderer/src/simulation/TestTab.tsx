// Test mode: one prospect whose reactions are written down — composed email by email, or
// "every yes", "every no" or random — run through the journey as drawn and shown on the canvas.
import { FlaskConical } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { outputsOf } from '../../../shared/journey/nodeTypes';
import type { JourneyNode } from '../../../shared/journey/schema';
import { type AttributeValue, typedValue } from '../../../shared/journey/primitives';
import {
  composedScript,
  EMAIL_REACTIONS,
  type EmailReaction,
  type PathChoice,
  pathScript,
  type ScriptChoices,
  testAttributesFor,
} from '../../../shared/simulation/testProspect';
import { outputLabel } from '../canvas/outputLabel';
import { useApp } from '../store/StoreContext';
import { personaName } from './personaText';
import { horizonFromText } from '../../../shared/simulation/runForm';

type Mode = 'compose' | PathChoice;
const MODES: readonly Mode[] = ['compose', 'yes', 'no', 'random'];

interface Composition {
  emails: Record<string, { reaction: EmailReaction; hours: string }>;
  conditions: Record<string, 'auto' | 'yes' | 'no'>;
  splits: Record<string, string>;
  form: string;
  visit: string;
}

const hoursOrNull = (text: string) => (text.trim() === '' || !Number.isFinite(Number(text)) ? null : Math.max(0, Number(text)));

/** The form's text fields as the choices the engine's script is made from; "auto" leaves a step to decide. */
function choicesOf(composition: Composition): ScriptChoices {
  return {
    emails: Object.fromEntries(Object.entries(composition.emails).map(([id, e]) => [id, { reaction: e.reaction, afterHours: hoursOrNull(e.hours) ?? 0 }])),
    conditions: Object.fromEntries(Object.entries(composition.conditions).filter(([, a]) => a !== 'auto').map(([id, a]) => [id, a === 'yes'])),
    splits: Object.fromEntries(Object.entries(composition.splits).filter(([, branch]) => branch)),
    form: hoursOrNull(composition.form),
    visit: hoursOrNull(composition.visit),
  };
}

const stepName = (node: JourneyNode, t: (key: string) => string) => node.label || t(`nodeTypes.${node.type}.name`);

export function TestTab() {
  const { t } = useTranslation();
  const document = useApp((s) => s.document);
  const runTest = useApp((s) => s.runTest);
  const personas = useApp((s) => s.personaSet?.personas);
  const [personaId, setPersonaId] = useState('');
  const [typedAttributes, setTypedAttributes] = useState<Record<string, string>>({});
  const [mode, setMode] = useState<Mode>('compose');
  const [name, setName] = useState(() => t('test.defaultName'));
  const [days, setDays] = useState('60');
  const [seed, setSeed] = useState('1');
  const [composition, setComposition] = useState<Composition>({ emails: {}, conditions: {}, splits: {}, form: '', visit: '' });
  // Steps in reading order (left to right, then top to bottom), as they sit on the canvas.
  const nodes = useMemo(() => [...(document?.nodes ?? [])].sort((a, b) => a.position.x - b.position.x || a.position.y - b.position.y), [document]);
  const persona = personas?.find((p) => p.id === personaId) ?? personas?.[0];
  // The attributes this journey reads, starting from values its audience admits.
  const attributes = useMemo(() => (document ? testAttributesFor(document, persona) : []), [document, persona]);
  if (!document) return null;
  const attributeText = (name: string, start: AttributeValue) => typedAttributes[name] ?? String(start);
  const emails = nodes.filter((n) => n.type === 'sendEmail');
  const conditions = nodes.filter((n) => n.type === 'condition');
  const splits = nodes.filter((n) => n.type === 'split');
  const waitsFor = (event: 'form' | 'visit') => nodes.some((n) => n.type === 'waitForEvent' && n.params.event === event);
  const emailOf = (id: string) => composition.emails[id] ?? { reaction: 'ignore' as EmailReaction, hours: '2' };
  const update = (change: Partial<Composition>) => setComposition({ ...composition, ...change });

  const onRun = () => {
    const script = mode === 'compose' ? composedScript(choicesOf(composition)) : pathScript(document, mode, Math.max(0, Math.round(Number(seed) || 0)));
    void runTest(script, {
      name: name.trim() || t('test.defaultName'),
      horizonDays: horizonFromText(days, 60),
      personaId: persona?.id,
      attributes: Object.fromEntries(attributes.map((a) => [a.name, typedValue(attributeText(a.name, a.value).trim())]).filter(([, v]) => v !== '')),
    });
  };

  return (
    <section className="inspector__section test-mode" data-testid="test-mode">
      <p className="inspector__hint">{t('test.intro')}</p>
      <div className="segmented test-mode__modes" role="radiogroup" aria-label={t('test.mode')}>
        {MODES.map((m) => (
          <button key={m} type="button" role="radio" aria-checked={mode === m} className={mode === m ? 'is-on' : ''} onClick={() => setMode(m)} data-testid={`test-mode-${m}`}>
            {t(`test.modes.${m}`)}
          </button>
        ))}
      </div>
      <div className="inspector__row">
        <label className="inspector__field">
          {t('test.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} data-testid="test-name" />
        </label>
        <label className="inspector__field test-mode__days">
          {t('simulation.days')}
          <input inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} data-testid="test-days" />
        </label>
      </div>
      {attributes.length > 0 && (
        <details className="test-mode__data" data-testid="test-data">
          <summary>{t('test.data', { persona: persona ? personaName(persona, t) : '', count: attributes.length })}</summary>
          <p className="inspector__hint">{t('test.dataHint')}</p>
          {personas && personas.length > 1 && (
            <label className="test-mode__row">
              <span className="test-mode__step">{t('test.persona')}</span>
              <select
                value={persona?.id ?? ''}
                onChange={(e) => {
                  setPersonaId(e.target.value);
                  setTypedAttributes({}); // start again from the new persona's values
                }}
                data-testid="test-persona"
              >
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
              <input
                list={`test-values-${a.name}`}
                value={attributeText(a.name, a.value)}
                onChange={(e) => setTypedAttributes({ ...typedAttributes, [a.name]: e.target.value })}
                data-testid={`test-attribute-${a.name}`}
              />
              <datalist id={`test-values-${a.name}`}>
                {a.suggestions.map((v) => (
                  <option key={String(v)} value={String(v)} />
                ))}
              </datalist>
            </label>
          ))}
        </details>
      )}
      {mode === 'random' && (
        <label className="inspector__field">
          {t('simulation.seed')}
          <input inputMode="numeric" value={seed} onChange={(e) => setSeed(e.target.value)} data-testid="test-seed" />
        </label>
      )}
      {mode !== 'compose' && <p className="inspector__hint">{t(`test.explain.${mode}`)}</p>}
      {mode === 'compose' && (
        <>
          {emails.length > 0 && <h4>{t('test.emails')}</h4>}
          {emails.map((node) => {
            const value = emailOf(node.id);
            return (
              <div key={node.id} className="test-mode__row" data-testid={`test-email-${node.id}`}>
                <span className="test-mode__step" title={stepName(node, t)}>
                  {stepName(node, t)}
                </span>
                <select
                  value={value.reaction}
                  onChange={(e) => update({ emails: { ...composition.emails, [node.id]: { ...value, reaction: e.target.value as EmailReaction } } })}
                  aria-label={t('test.reactionFor', { step: stepName(node, t) })}
                  data-testid={`test-reaction-${node.id}`}
                >
                  {EMAIL_REACTIONS.map((r) => (
                    <option key={r} value={r}>
                      {t(`test.reactions.${r}`)}
                    </option>
                  ))}
                </select>
                {value.reaction !== 'ignore' && (
                  <label className="test-mode__hours">
                    <input
                      inputMode="decimal"
                      value={value.hours}
                      onChange={(e) => update({ emails: { ...composition.emails, [node.id]: { ...value, hours: e.target.value } } })}
                      aria-label={t('test.afterHours')}
                      data-testid={`test-hours-${node.id}`}
                    />
                    {t('test.hoursAfter')}
                  </label>
                )}
              </div>
            );
          })}
          {conditions.length > 0 && <h4>{t('test.conditions')}</h4>}
          {conditions.map((node) => (
            <label key={node.id} className="test-mode__row">
              <span className="test-mode__step">{stepName(node, t)}</span>
              <select
                value={composition.conditions[node.id] ?? 'auto'}
                onChange={(e) => update({ conditions: { ...composition.conditions, [node.id]: e.target.value as 'auto' | 'yes' | 'no' } })}
                data-testid={`test-condition-${node.id}`}
              >
                <option value="auto">{t('test.auto')}</option>
                <option value="yes">{t('outputs.yes')}</option>
                <option value="no">{t('outputs.no')}</option>
              </select>
            </label>
          ))}
          {splits.length > 0 && <h4>{t('test.splits')}</h4>}
          {splits.map((node) => (
            <label key={node.id} className="test-mode__row">
              <span className="test-mode__step">{stepName(node, t)}</span>
              <select value={composition.splits[node.id] ?? ''} onChange={(e) => update({ splits: { ...composition.splits, [node.id]: e.target.value } })} data-testid={`test-split-${node.id}`}>
                <option value="">{t('test.auto')}</option>
                {outputsOf(node).map((o) => (
                  <option key={o} value={o}>
                    {outputLabel(node, o, t)}
                  </option>
                ))}
              </select>
            </label>
          ))}
          {(['form', 'visit'] as const).filter(waitsFor).map((event) => (
            <label key={event} className="test-mode__row">
              <span className="test-mode__step">{t(`test.${event}`)}</span>
              <input inputMode="decimal" placeholder={t('test.never')} value={composition[event]} onChange={(e) => update({ [event]: e.target.value })} data-testid={`test-${event}`} />
            </label>
          ))}
        </>
      )}
      <button type="button" className="button button--primary" onClick={onRun} data-testid="test-run">
        <FlaskConical size={14} aria-hidden /> {t('test.run')}
      </button>
    </section>
  );
}
