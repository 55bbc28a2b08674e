// CodeMirror 6 for MJML: XML highlighting, completion of mj- tags and attributes, the
// template's problems as diagnostics, and goToLine for the problems list.
import { autocompletion, closeBrackets } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { xml } from '@codemirror/lang-xml';
import { bracketMatching, foldGutter } from '@codemirror/language';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateProblem } from '../../../shared/templates/checks';
import { useResolvedTheme } from '../preferences/useResolvedTheme';
import { MJML_ELEMENTS } from './mjmlSchema';
import { mjmlTheme } from './mjmlTheme';
import { templateProblemText } from './templateProblemText';

export interface MjmlEditorHandle {
  goToLine(line: number): void;
}

interface Props {
  value: string;
  /** Which document is edited (a template id): a new one starts a fresh undo history. */
  historyKey: string;
  problems: readonly TemplateProblem[];
  onChange(value: string): void;
  onSave(): void;
}

export const MjmlEditor = forwardRef<MjmlEditorHandle, Props>(function MjmlEditor({ value, historyKey, problems, onChange, onSave }, ref) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef({ onChange, onSave });
  callbacks.current = { onChange, onSave };
  // Set while content from outside is being put in, so it is not reported back as an edit.
  const replacing = useRef(false);
  // Colours follow the app's theme, switched in place (no new state, no lost history).
  const dark = useResolvedTheme() === 'dark';
  const colours = useRef({ compartment: new Compartment(), dark });
  colours.current.dark = dark;

  // The editor's state for a text: fresh history, so undo never reaches into another template.
  const freshState = useRef((doc: string) =>
    EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        foldGutter(),
        lintGutter(),
        highlightActiveLine(),
        highlightActiveLineGutter(),
        history(),
        bracketMatching(),
        closeBrackets(),
        autocompletion(),
        colours.current.compartment.of(mjmlTheme(colours.current.dark)),
        xml({ elements: MJML_ELEMENTS }),
        EditorView.lineWrapping,
        keymap.of([
          { key: 'Mod-s', preventDefault: true, run: () => (callbacks.current.onSave(), true) },
          indentWithTab,
          ...defaultKeymap,
          ...historyKeymap,
        ]),
        EditorView.updateListener.of((update) => {
        if (update.docChanged && !replacing.current) callbacks.current.onChange(update.state.doc.toString());
        }),
      ],
    }),
  );

  useEffect(() => {
    const editor = new EditorView({ parent: host.current!, state: freshState.current(value) });
    view.current = editor;
    return () => editor.destroy();
    // The editor is created once; later values arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Content replaced from outside (another template opened, a revision restored, a reload):
  // a new state with its own history, so Ctrl+Z cannot bring back the text that was here.
  const shownKey = useRef(historyKey);
  useEffect(() => {
    const editor = view.current;
    if (editor && (editor.state.doc.toString() !== value || shownKey.current !== historyKey)) {
      shownKey.current = historyKey;
      replacing.current = true;
      editor.setState(freshState.current(value));
      replacing.current = false;
    }
  }, [value, historyKey]);

  useEffect(() => {
    view.current?.dispatch({ effects: colours.current.compartment.reconfigure(mjmlTheme(dark)) });
  }, [dark]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const doc = editor.state.doc;
    const diagnostics: Diagnostic[] = problems
      .filter((p) => p.line !== null && p.line >= 1 && p.line <= doc.lines)
      .map((p) => {
        const line = doc.line(p.line!);
        return { from: line.from, to: line.to, severity: p.severity, message: templateProblemText(p, t) };
      });
    editor.dispatch(setDiagnostics(editor.state, diagnostics));
  }, [problems, t]);

  useImperativeHandle(ref, () => ({
    goToLine(lineNumber: number) {
      const editor = view.current;
      if (!editor) return;
      const line = editor.state.doc.line(Math.min(Math.max(1, lineNumber), editor.state.doc.lines));
      editor.dispatch({ selection: { anchor: line.from }, effects: EditorView.scrollIntoView(line.from, { y: 'center' }) });
      editor.focus();
    },
  }));

  return <div className="mjml-editor" ref={host} data-testid="mjml-editor" />;
});
