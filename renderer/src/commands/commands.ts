// The command registry: every editing action once, with its label, shortcut and when it is
// enabled. Keyboard shortcuts, the context menu, the toolbar and the shortcuts sheet (?) all
// read from here.
import { copySteps, isClipboardContent, pasteSteps, type ClipboardContent } from '../../../shared/journey/clipboard';
import { newId } from '../../../shared/journey/ids';
import { layoutOf } from '../../../shared/journey/schema';
import { selectedStep } from '../canvas/addStep';
import { autoLayout } from '../canvas/autoLayout';
import { fitReadable } from '../canvas/viewport';
import type { AppState, AppStore } from '../store/appStore';

export type { CommandContext } from './commandContext';
import type { CommandContext } from './commandContext';

/** How the shortcuts sheet groups commands; the context menu shows editing and arranging. */
export type CommandGroup = 'edit' | 'arrange' | 'window';

export interface Command {
  id: string;
  /** i18n key of the label. */
  label: string;
  group: CommandGroup;
  /** False: kept out of the context menu (the sheet and the keyboard still have it). */
  inMenu?: boolean;
  /** Shown in menus, e.g. "Ctrl+Z" (⌘ on macOS). */
  shortcut?: string;
  matches?(event: KeyboardEvent): boolean;
  enabled(state: AppState): boolean;
  run(context: CommandContext): void;
}

const CLIPBOARD_KEY = 'nurture.clipboard';
const mod = (event: KeyboardEvent) => event.ctrlKey || event.metaKey;
const key = (event: KeyboardEvent, k: string) => event.key.toLowerCase() === k;
/** A key pressed on its own, without Ctrl, ⌘, Alt or Shift. */
const plain = (event: KeyboardEvent) => !mod(event) && !event.altKey && !event.shiftKey;
const hasSelection = (s: AppState) => s.selectedNodeIds.length > 0 || s.selectedEdgeIds.length > 0;

function readClipboard(): ClipboardContent | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(CLIPBOARD_KEY) ?? 'null');
    return isClipboardContent(value) ? value : null;
  } catch {
    return null;
  }
}

function paste(store: AppStore, content: ClipboardContent, offset: { x: number; y: number }) {
  const { changes, nodeIds } = pasteSteps(content, offset, newId);
  store.getState().applyEdit(changes);
  store.getState().setSelection(nodeIds, []);
}

/** Folds a side panel away or opens it again (Mod + the key); remembered as a preference. */
function panelToggle(id: string, preference: 'journeyListOpen' | 'inspectorOpen', letter: string): Command {
  return {
    id,
    label: `commands.${id}`,
    group: 'window',
    inMenu: false,
    shortcut: `Mod+${letter.toUpperCase()}`,
    matches: (e) => mod(e) && !e.shiftKey && key(e, letter),
    enabled: () => true,
    run: ({ store }) => void store.getState().setPreferences({ [preference]: !store.getState().preferences[preference] }),
  };
}

export const COMMANDS: Command[] = [
  {
    id: 'undo',
    label: 'commands.undo',
    group: 'edit',
    shortcut: 'Mod+Z',
    matches: (e) => mod(e) && !e.shiftKey && key(e, 'z'),
    enabled: (s) => s.history.past.length > 0,
    run: ({ store }) => store.getState().undo(),
  },
  {
    id: 'redo',
    label: 'commands.redo',
    group: 'edit',
    shortcut: 'Shift+Mod+Z',
    matches: (e) => mod(e) && ((e.shiftKey && key(e, 'z')) || key(e, 'y')),
    enabled: (s) => s.history.future.length > 0,
    run: ({ store }) => store.getState().redo(),
  },
  {
    id: 'copy',
    label: 'commands.copy',
    group: 'edit',
    shortcut: 'Mod+C',
    matches: (e) => mod(e) && key(e, 'c'),
    enabled: (s) => s.selectedNodeIds.length > 0,
    run: ({ store }) => {
      const { document, selectedNodeIds } = store.getState();
      const content = document ? copySteps(document, selectedNodeIds) : null;
      // localStorage, so steps can be pasted into another journey (or after a reload).
      if (content) localStorage.setItem(CLIPBOARD_KEY, JSON.stringify(content));
    },
  },
  {
    id: 'cut',
    label: 'commands.cut',
    group: 'edit',
    shortcut: 'Mod+X',
    matches: (e) => mod(e) && key(e, 'x'),
    enabled: (s) => s.selectedNodeIds.length > 0,
    run: ({ store }) => {
      const { document, selectedNodeIds, selectedEdgeIds } = store.getState();
      const content = document ? copySteps(document, selectedNodeIds) : null;
      if (!content) return;
      localStorage.setItem(CLIPBOARD_KEY, JSON.stringify(content));
      // One edit: the steps go with all their connections, and one undo brings them back.
      store.getState().applyEdit([{ kind: 'removeElements', nodeIds: selectedNodeIds, edgeIds: selectedEdgeIds }]);
    },
  },
  {
    id: 'paste',
    label: 'commands.paste',
    group: 'edit',
    shortcut: 'Mod+V',
    matches: (e) => mod(e) && key(e, 'v'),
    enabled: (s) => s.document !== null && readClipboard() !== null,
    run: ({ store }) => {
      const content = readClipboard();
      if (content) paste(store, content, { x: 40, y: 40 });
    },
  },
  {
    id: 'duplicate',
    label: 'commands.duplicate',
    group: 'edit',
    shortcut: 'Mod+D',
    matches: (e) => mod(e) && key(e, 'd'),
    enabled: (s) => s.selectedNodeIds.length > 0,
    run: ({ store }) => {
      const { document, selectedNodeIds } = store.getState();
      const content = document ? copySteps(document, selectedNodeIds) : null;
      if (content) paste(store, content, { x: 40, y: 40 });
    },
  },
  {
    id: 'delete',
    label: 'commands.delete',
    group: 'edit',
    shortcut: 'Delete',
    enabled: hasSelection,
    run: ({ store }) => {
      const { selectedNodeIds, selectedEdgeIds } = store.getState();
      store.getState().applyEdit([{ kind: 'removeElements', nodeIds: selectedNodeIds, edgeIds: selectedEdgeIds }]);
    },
  },
  {
    id: 'selectAll',
    label: 'commands.selectAll',
    group: 'edit',
    shortcut: 'Mod+A',
    matches: (e) => mod(e) && key(e, 'a'),
    enabled: (s) => (s.document?.nodes.length ?? 0) > 0,
    run: ({ store }) => {
      const doc = store.getState().document;
      if (doc) store.getState().setSelection(doc.nodes.map((n) => n.id), doc.edges.map((e) => e.id));
    },
  },
  {
    id: 'addStep',
    label: 'commands.addStep',
    group: 'edit',
    shortcut: 'A',
    matches: (e) => plain(e) && key(e, 'a'),
    enabled: (s) => s.document !== null,
    run: (context) => context.ui?.openStepMenu({ after: selectedStep(context) }),
  },
  {
    id: 'autoLayout',
    label: 'commands.autoLayout',
    group: 'arrange',
    shortcut: 'Shift+L',
    matches: (e) => e.shiftKey && !mod(e) && key(e, 'l'),
    enabled: (s) => (s.document?.nodes.length ?? 0) > 1,
    run: ({ store, sizes, flow }) => {
      const doc = store.getState().document;
      const change = doc ? autoLayout(doc, sizes) : null;
      if (!change) return;
      store.getState().applyEdit([change]);
      requestAnimationFrame(() => fitReadable(flow, store.getState().document));
    },
  },
  {
    id: 'layoutDirection',
    label: 'commands.layoutDirection',
    group: 'arrange',
    shortcut: 'Shift+D',
    matches: (e) => e.shiftKey && !mod(e) && key(e, 'd'),
    enabled: (s) => s.document !== null,
    // One edit: the journey's direction and the tidy layout in it, undone together.
    run: ({ store, sizes, flow }) => {
      const doc = store.getState().document;
      if (!doc) return;
      const layout = layoutOf(doc.settings) === 'leftToRight' ? 'topToBottom' : 'leftToRight';
      const moves = autoLayout(doc, sizes, layout);
      store.getState().applyEdit([{ kind: 'updateJourney', patch: { settings: { ...doc.settings, layout } } }, ...(moves ? [moves] : [])]);
      requestAnimationFrame(() => fitReadable(flow, store.getState().document));
    },
  },
  {
    id: 'fitView',
    label: 'commands.fitView',
    group: 'arrange',
    shortcut: 'Shift+1',
    matches: (e) => e.shiftKey && !mod(e) && e.code === 'Digit1',
    enabled: (s) => s.document !== null,
    run: ({ store, flow }) => fitReadable(flow, store.getState().document),
  },
  {
    id: 'zoomIn',
    label: 'commands.zoomIn',
    group: 'arrange',
    inMenu: false,
    shortcut: '+',
    matches: (e) => !mod(e) && (e.key === '+' || e.key === '='),
    enabled: (s) => s.document !== null,
    run: ({ flow }) => void flow?.zoomIn({ duration: 150 }),
  },
  {
    id: 'zoomOut',
    label: 'commands.zoomOut',
    group: 'arrange',
    inMenu: false,
    shortcut: '-',
    matches: (e) => !mod(e) && e.key === '-',
    enabled: (s) => s.document !== null,
    run: ({ flow }) => void flow?.zoomOut({ duration: 150 }),
  },
  panelToggle('toggleJourneyList', 'journeyListOpen', 'b'),
  panelToggle('toggleInspector', 'inspectorOpen', 'i'),
  {
    id: 'showShortcuts',
    label: 'commands.showShortcuts',
    group: 'window',
    inMenu: false,
    shortcut: '?',
    matches: (e) => !mod(e) && e.key === '?',
    enabled: () => true,
    run: ({ ui }) => ui?.showShortcuts(),
  },
];

export const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

/** Shortcuts as the platform writes them. */
export function shortcutLabel(shortcut: string | undefined, mac: boolean): string {
  if (!shortcut) return '';
  return shortcut.replace('Mod', mac ? '⌘' : 'Ctrl');
}

/** The keys of a command as this platform writes them ("" when it has none). */
export const keysOf = (id: string): string => shortcutLabel(COMMANDS.find((c) => c.id === id)?.shortcut, isMac);

/** Runs the command a key press stands for; true when one did. Typing in fields is left alone. */
export function handleShortcut(event: KeyboardEvent, context: CommandContext): boolean {
  const target = event.target as HTMLElement | null;
  // Text fields keep their own undo and copy; checkboxes and selects do not need them.
  const typing = 'input:not([type="checkbox"]):not([type="radio"]), textarea, [contenteditable="true"], .cm-editor';
  if (target && target.closest(typing) !== null) return false;
  const command = COMMANDS.find((c) => c.matches?.(event));
  if (!command || !command.enabled(context.store.getState())) return false;
  event.preventDefault();
  command.run(context);
  return true;
}
