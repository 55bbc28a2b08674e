// The links of a template, and steps naming a link their email's template does not have.
import fs from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { problemText } from '../../../../renderer/src/editor/problemText';
import { de } from '../../../../renderer/src/i18n/de';
import { en } from '../../../../renderer/src/i18n/en';
import { validateJourney } from '../../../../shared/journey/validate';
import { templateLinks } from '../../../../shared/templates/links';
import { OFFER_MJML, offerJourney } from '../../../support/simulation';

const MJML = OFFER_MJML;
const journey = offerJourney();
describe('template links', () => {
  it('reads the links of a template: buttons, images and anchors, not the unsubscribe or preferences link', () => {
    expect(templateLinks(MJML)).toEqual([
      { href: 'https://example.com/pricing', name: null },
      { href: 'https://example.com/case-study?utm=x', name: null },
      { href: 'https://example.com/book', name: 'demo' },
    ]);
  });

});

describe('links named by steps, in validation', () => {
  const templates = new Map([['tpl_offer', { id: 'tpl_offer', name: 'Offer', subject: 'Offer', mjml: MJML }]]);
  const withTarget = (target: string, emailNodeId: string | null) => ({
    ...journey,
    nodes: journey.nodes.map((n) => (n.type === 'waitForEvent' ? { ...n, params: { ...n.params, target, emailNodeId } } : n)),
  });

  it('accepts links the template has, by name, address or last path segment, in any case', () => {
    for (const target of ['pricing', 'PRICING', 'https://example.com/pricing', 'demo', 'case-study']) {
      expect(validateJourney(withTarget(target, 'email'), { templates }).filter((p) => p.code === 'reference_missing'), target).toEqual([]);
    }
  });

  it('reports a link the watched email’s template does not have, or that no template has, in English and German', async () => {
    const named = validateJourney(withTarget('webinar', 'email'), { templates }).find((p) => p.code === 'reference_missing')!;
    expect(named).toMatchObject({ severity: 'error', nodeId: 'pricing', details: { variant: 'link', id: 'webinar', template: 'Offer' } });
    expect(named.message).toBe('An unnamed wait-for-reaction step names the link "webinar", which template “Offer” does not have.');
    const any = validateJourney(withTarget('webinar', null), { templates }).find((p) => p.code === 'reference_missing')!;
    expect(any.details).toMatchObject({ variant: 'linkAnyEmail', id: 'webinar' });
    // The condition's link too.
    const condition = { ...journey, nodes: journey.nodes.map((n) => (n.id === 'demo' ? { ...n, params: { rule: { kind: 'engagement', event: 'clicked', emailNodeId: 'email', link: 'brochure' } } } : n)) };
    expect(validateJourney(condition, { templates }).filter((p) => p.code === 'reference_missing').map((p) => p.nodeId)).toEqual(['demo']);
    // Without the templates at hand (a file checked on its own), nothing to say.
    expect(validateJourney(withTarget('webinar', 'email')).filter((p) => p.code === 'reference_missing')).toEqual([]);
    await i18next.init({ resources: { en: { translation: en }, de: { translation: de } }, lng: 'de', interpolation: { escapeValue: false }, initAsync: false });
    const doc = withTarget('webinar', 'email');
    expect(problemText(named, i18next.t, (id) => doc.nodes.find((n) => n.id === id))).toBe('Schritt „Auf Reaktion warten“ ohne Namen nennt den Link „webinar“, den die Vorlage „Offer“ nicht hat.');
    await i18next.changeLanguage('en');
    expect(problemText(named, i18next.t, (id) => doc.nodes.find((n) => n.id === id))).toBe(named.message);
  });

  it('finds every link the sample journeys wait for in their own templates', () => {
    for (const file of ['whitepaper-follow-up', 'webinar', 'reengagement', 'buying-centre']) {
      const exchange = JSON.parse(fs.readFileSync(`assets/journeys/${file}.journey.json`, 'utf8')) as { journey: unknown; templates: { id: string; name: string; subject: string; mjml: string }[] };
      const problems = validateJourney(exchange.journey, { templates: new Map(exchange.templates.map((t) => [t.id, t])) });
      expect(problems.filter((p) => p.code === 'reference_missing'), file).toEqual([]);
    }
  });
});
