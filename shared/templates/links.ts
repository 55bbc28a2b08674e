// The links of an email template — the places a reader can click — and the steps of a journey
// that wait for (or ask about) a click on a link their email's template does not have.
// The simulator gives each link a share of the clicks (shared/simulation/README.md §5.5).
import type { JourneyDocument, JourneyNode } from '../journey/schema';

/** One place to click: its address, and its name attribute when it has one. */
export interface TemplateLink {
  href: string;
  name: string | null;
}

const LINK_TAG = /<(a|mj-button|mj-image|mj-navbar-link|mj-social-element|mj-carousel-image)\b([^>]*)>/gi;
const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(attributes);
/** Not places to click through: leaving the list, the preferences page, mail and phone links, anchors. */
const NOT_A_LINK = /\{\{\s*(unsubscribeUrl|preferencesUrl)\s*\}\}|^(mailto:|tel:|#)|^$/i;

/** The template's links in their order, one per place to click (a link in two places counts twice). */
export function templateLinks(mjml: string): TemplateLink[] {
  const links: TemplateLink[] = [];
  for (const match of mjml.matchAll(LINK_TAG)) {
    const href = attribute(match[2]!, 'href');
    const value = (href?.[2] ?? href?.[3] ?? '').trim();
    if (!href || NOT_A_LINK.test(value)) continue;
    const name = attribute(match[2]!, 'name');
    links.push({ href: value, name: (name?.[2] ?? name?.[3] ?? '').trim() || null });
  }
  return links;
}

/** The links of each template the journey's emails use, by template id (for SimulationInput.templateLinks). */
export function linksOfTemplates(journey: JourneyDocument, templates: ReadonlyMap<string, { mjml: string }>): Record<string, TemplateLink[]> {
  const links: Record<string, TemplateLink[]> = {};
  for (const node of journey.nodes) {
    if (node.type !== 'sendEmail' || node.params.templateId === null) continue;
    const template = templates.get(node.params.templateId);
    if (template) links[node.params.templateId] = templateLinks(template.mjml);
  }
  return links;
}

/**
 * Whether a step's link target names this link: by its name attribute, its whole address, or
 * the last segment of its address's path ("pricing" for https://example.com/pricing?x=1), in
 * any case.
 */
export function linkMatches(link: TemplateLink, target: string): boolean {
  const wanted = target.trim().toLowerCase();
  if (wanted === '') return true;
  if (link.name?.toLowerCase() === wanted || link.href.toLowerCase() === wanted) return true;
  const path = link.href.split(/[?#]/)[0]!.replace(/\/+$/, '');
  return path.slice(path.lastIndexOf('/') + 1).toLowerCase() === wanted;
}

/** The link a wait for a click or a "clicked" condition names ('' = any link), and the email step it watches (null = any). */
export function watchedLink(node: JourneyNode): { link: string; emailNodeId: string | null } | null {
  if (node.type === 'waitForEvent' && node.params.event === 'click' && node.params.target.trim() !== '') return { link: node.params.target.trim(), emailNodeId: node.params.emailNodeId };
  if (node.type === 'condition' && node.params.rule.kind === 'engagement' && node.params.rule.event === 'clicked' && node.params.rule.link?.trim()) {
    return { link: node.params.rule.link.trim(), emailNodeId: node.params.rule.emailNodeId };
  }
  return null;
}

export interface MissingLink {
  node: JourneyNode;
  link: string;
  /** The watched email's template; null when the step watches any email and no template of the journey has the link. */
  template: string | null;
}

/** Steps naming a link that the template of their email (or, for any email, every template) does not have. Unknown templates are left to the template checks. */
export function missingLinks(doc: JourneyDocument, templates: ReadonlyMap<string, { name: string; mjml: string }> | undefined): MissingLink[] {
  if (!templates) return [];
  const templateOf = (node: JourneyNode | undefined) => (node?.type === 'sendEmail' && node.params.templateId !== null ? templates.get(node.params.templateId) : undefined);
  const has = (template: { mjml: string }, link: string) => templateLinks(template.mjml).some((l) => linkMatches(l, link));
  const missing: MissingLink[] = [];
  for (const node of doc.nodes) {
    const watched = watchedLink(node);
    if (!watched) continue;
    if (watched.emailNodeId !== null) {
      const template = templateOf(doc.nodes.find((n) => n.id === watched.emailNodeId));
      if (template && !has(template, watched.link)) missing.push({ node, link: watched.link, template: template.name });
      continue;
    }
    const known = doc.nodes.map(templateOf).filter((t) => t !== undefined);
    if (known.length > 0 && !known.some((t) => has(t, watched.link))) missing.push({ node, link: watched.link, template: null });
  }
  return missing;
}
