// The canvas toolbar, built from the command registry: undo, redo; add a step; tidy up, the
// journey's direction (left to right or top to bottom), fit; the shortcuts sheet.
import { ArrowDown, ArrowRight, Keyboard, Maximize, Plus, Redo2, Undo2, Workflow } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { layoutOf } from '../../../shared/journey/schema';
import { useApp } from '../store/StoreContext';
import { COMMANDS, type CommandContext, isMac, shortcutLabel } from './commands';

export function CanvasToolbar({ context }: { context: CommandContext }) {
  const { t } = useTranslation();
  const canUndo = useApp((s) => s.history.past.length > 0);
  const canRedo = useApp((s) => s.history.future.length > 0);
  const direction = useApp((s) => (s.document ? layoutOf(s.document.settings) : 'leftToRight'));
  const button = (id: string, icon: React.ReactNode, options: { disabled?: boolean; label?: string; pressed?: boolean; testId?: string } = {}) => {
    const command = COMMANDS.find((c) => c.id === id)!;
    const label = options.label ?? t(command.label);
    const keys = shortcutLabel(command.shortcut, isMac);
    return (
      <button
        type="button"
        className={`icon-button${options.pressed ? ' is-on' : ''}`}
        onClick={() => !options.pressed && command.run(context)}
        disabled={options.disabled}
        title={keys ? `${label} (${keys})` : label}
        aria-label={label}
        aria-pressed={options.pressed}
        data-testid={options.testId ?? `toolbar-${id}`}
      >
        {icon}
      </button>
    );
  };
  return (
    <div className="canvas-toolbar" role="toolbar">
      {button('undo', <Undo2 size={16} />, { disabled: !canUndo })}
      {button('redo', <Redo2 size={16} />, { disabled: !canRedo })}
      <span className="canvas-toolbar__sep" />
      {button('addStep', <Plus size={16} />)}
      <span className="canvas-toolbar__sep" />
      {button('autoLayout', <Workflow size={16} />)}
      <span className="canvas-toolbar__direction" data-testid="layout-direction" data-direction={direction}>
        {button('layoutDirection', <ArrowRight size={16} />, { label: t('workspace.direction.leftToRight'), pressed: direction === 'leftToRight', testId: 'direction-leftToRight' })}
        {button('layoutDirection', <ArrowDown size={16} />, { label: t('workspace.direction.topToBottom'), pressed: direction === 'topToBottom', testId: 'direction-topToBottom' })}
      </span>
      {button('fitView', <Maximize size={16} />)}
      <span className="canvas-toolbar__sep" />
      {button('showShortcuts', <Keyboard size={16} />)}
    </div>
  );
}
