// The MJML editor's colours per app theme. CodeMirror's own defaults are made for a light
// page: on the dark theme its active-line tint washed the text out and its red attribute
// values were hard to read, so the dark theme has its own palette (contrast ≥ 4.5:1 on the
// editor's background for every token).
import { defaultHighlightStyle, HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

const darkHighlight = HighlightStyle.define(
  [
    { tag: tags.tagName, color: '#7cc4ff' },
    { tag: tags.attributeName, color: '#c3a6ff' },
    { tag: [tags.attributeValue, tags.string], color: '#f0b37e' },
    { tag: tags.angleBracket, color: '#9aa3b2' },
    { tag: [tags.comment, tags.blockComment], color: '#98a2b3', fontStyle: 'italic' },
    { tag: [tags.character, tags.processingInstruction, tags.documentMeta], color: '#7fd1b9' },
    { tag: tags.invalid, color: '#ff8a80' },
  ],
  { themeType: 'dark' },
);

const darkEditor = EditorView.theme(
  {
    '&': { color: '#e6e9ee', backgroundColor: '#1c2027' },
    '.cm-content': { caretColor: '#e6e9ee' },
    '.cm-cursor, .cm-dropCursor': { borderLeftColor: '#e6e9ee' },
    '.cm-activeLine': { backgroundColor: 'rgb(255 255 255 / 5%)' },
    '.cm-gutters': { backgroundColor: '#1c2027', color: '#7d8696', borderRight: '1px solid #2e343e' },
    '.cm-activeLineGutter': { backgroundColor: 'rgb(255 255 255 / 7%)', color: '#e6e9ee' },
    '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': { backgroundColor: '#2d4670' },
    '.cm-matchingBracket': { backgroundColor: 'rgb(124 196 255 / 22%)', outline: 'none' },
    '.cm-tooltip': { backgroundColor: '#252a33', color: '#e6e9ee', border: '1px solid #3d4450' },
    '.cm-tooltip-autocomplete > ul > li[aria-selected]': { backgroundColor: '#2d4670', color: '#e6e9ee' },
  },
  { dark: true },
);

export const mjmlTheme = (dark: boolean): Extension => (dark ? [darkEditor, syntaxHighlighting(darkHighlight)] : syntaxHighlighting(defaultHighlightStyle));
