// The canvas context menu and toolbar, both built from the command registry.
import { Redo2, Undo2, Workflow, Maximize } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../store/StoreContext';
import { COMMANDS, type CommandContext, shortcutLabel } from './commands';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

export function ContextMenu({ at, context, onClose }: { at: { x: number; y: number }; context: CommandContext; onClose(): void }) {
  const { t } = useTranslation();
  const state = useApp((s) => s);
  useEffect(() => {
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      onClose();
    };
    window.addEventListener('keydown', close);
    window.addEventListener('pointerdown', close);
    return () => {
      window.removeEventListener('keydown', close);
      window.removeEventListener('pointerdown', close);
    };
  }, [onClose]);
  return (
    <ul className="context-menu" style={{ left: at.x, top: at.y }} role="menu" data-testid="context-menu" onPointerDown={(e) => e.stopPropagation()}>
      {COMMANDS.map((command) => {
        const enabled = command.enabled(state);
        return (
          <li key={command.id} role="none">
            <button
              type="button"
              role="menuitem"
              disabled={!enabled}
              data-testid={`command-${command.id}`}
              onClick={() => {
                onClose();
                command.run(context);
              }}
            >
              <span>{t(command.label)}</span>
              <kbd>{shortcutLabel(command.shortcut, isMac)}</kbd>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export function CanvasToolbar({ context }: { context: CommandContext }) {
  const { t } = useTranslation();
  const canUndo = useApp((s) => s.history.past.length > 0);
  const canRedo = useApp((s) => s.history.future.length > 0);
  const run = (id: string) => COMMANDS.find((c) => c.id === id)!.run(context);
  const button = (id: string, label: string, shortcut: string | undefined, icon: React.ReactNode, disabled = false) => (
    <button type="button" className="icon-button" onClick={() => run(id)} disabled={disabled} title={`${t(label)} (${shortcutLabel(shortcut, isMac)})`} aria-label={t(label)} data-testid={`toolbar-${id}`}>
      {icon}
    </button>
  );
  const shortcut = (id: string) => COMMANDS.find((c) => c.id === id)?.shortcut;
  return (
    <div className="canvas-toolbar" role="toolbar">
      {button('undo', 'commands.undo', shortcut('undo'), <Undo2 size={16} />, !canUndo)}
      {button('redo', 'commands.redo', shortcut('redo'), <Redo2 size={16} />, !canRedo)}
      <span className="canvas-toolbar__sep" />
      {button('autoLayout', 'commands.autoLayout', shortcut('autoLayout'), <Workflow size={16} />)}
      {button('fitView', 'commands.fitView', shortcut('fitView'), <Maximize size={16} />)}
    </div>
  );
}
