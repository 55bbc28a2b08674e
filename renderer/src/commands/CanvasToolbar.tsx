// The canvas toolbar (undo, redo, tidy up, fit), built from the command registry.
import { Maximize, Redo2, Undo2, Workflow } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../store/StoreContext';
import { COMMANDS, type CommandContext, isMac, shortcutLabel } from './commands';

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
