// MJML tags and their usual attributes, for completion in the template editor.
import type { ElementSpec } from '@codemirror/lang-xml';

const common = ['css-class', 'mj-class', 'padding', 'padding-top', 'padding-bottom', 'padding-left', 'padding-right'];
const text = ['color', 'font-family', 'font-size', 'font-weight', 'line-height', 'align', 'letter-spacing', 'text-decoration', 'text-transform'];
const box = ['background-color', 'border', 'border-radius', 'full-width', 'text-align', 'background-url'];

const el = (name: string, attributes: string[], children?: string[]): ElementSpec => ({
  name,
  attributes: [...attributes, ...common],
  ...(children ? { children } : {}),
});

const CONTENT = ['mj-text', 'mj-button', 'mj-image', 'mj-divider', 'mj-spacer', 'mj-table', 'mj-social', 'mj-raw', 'mj-navbar', 'mj-accordion', 'mj-carousel'];

export const MJML_ELEMENTS: ElementSpec[] = [
  { name: 'mjml', top: true, attributes: ['lang', 'dir', 'owa'], children: ['mj-head', 'mj-body'] },
  { name: 'mj-head', children: ['mj-attributes', 'mj-breakpoint', 'mj-font', 'mj-html-attributes', 'mj-preview', 'mj-style', 'mj-title', 'mj-include'] },
  { name: 'mj-title' },
  { name: 'mj-preview' },
  { name: 'mj-style', attributes: ['inline'] },
  { name: 'mj-attributes', children: ['mj-all', 'mj-class', ...CONTENT, 'mj-section', 'mj-column'] },
  { name: 'mj-all', attributes: ['font-family', 'font-size', 'color'] },
  { name: 'mj-class', attributes: ['name', ...text, 'background-color'] },
  { name: 'mj-font', attributes: ['name', 'href'] },
  { name: 'mj-breakpoint', attributes: ['width'] },
  { name: 'mj-include', attributes: ['path', 'type'] },
  el('mj-body', ['background-color', 'width'], ['mj-section', 'mj-wrapper', 'mj-hero', 'mj-include', 'mj-raw']),
  el('mj-wrapper', box, ['mj-section', 'mj-include']),
  el('mj-section', [...box, 'direction'], ['mj-column', 'mj-group', 'mj-include', 'mj-raw']),
  el('mj-group', ['width', 'background-color', 'direction'], ['mj-column']),
  el('mj-column', ['width', 'background-color', 'border', 'border-radius', 'vertical-align', 'inner-background-color'], CONTENT),
  el('mj-hero', ['mode', 'height', 'background-url', 'background-color', 'background-height', 'background-width'], CONTENT),
  el('mj-text', [...text, 'height', 'container-background-color']),
  el('mj-button', [...text, 'href', 'target', 'rel', 'background-color', 'border', 'border-radius', 'inner-padding', 'width', 'height']),
  el('mj-image', ['src', 'alt', 'href', 'width', 'height', 'align', 'border', 'border-radius', 'title', 'target', 'fluid-on-mobile']),
  el('mj-divider', ['border-color', 'border-style', 'border-width', 'width', 'align']),
  el('mj-spacer', ['height']),
  el('mj-table', [...text, 'width', 'cellpadding', 'cellspacing', 'border', 'table-layout']),
  el('mj-social', ['mode', 'align', 'icon-size', 'font-size', 'color'], ['mj-social-element']),
  el('mj-social-element', ['name', 'href', 'src', 'alt', 'background-color', 'color']),
  el('mj-navbar', ['align', 'hamburger'], ['mj-navbar-link']),
  el('mj-navbar-link', ['href', 'color', 'font-size']),
  el('mj-accordion', ['border', 'font-family'], ['mj-accordion-element']),
  el('mj-accordion-element', ['background-color'], ['mj-accordion-title', 'mj-accordion-text']),
  el('mj-accordion-title', text),
  el('mj-accordion-text', text),
  el('mj-carousel', ['align', 'thumbnails'], ['mj-carousel-image']),
  el('mj-carousel-image', ['src', 'alt', 'href']),
  { name: 'mj-raw' },
];
