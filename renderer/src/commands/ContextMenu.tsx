// The canvas context menu (right-click), built from the command registry.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../store/StoreContext';
import { COMMANDS, type CommandContext, isMac, shortcutLabel } from './commands';

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
      {COMMANDS.filter((command) => command.inMenu !== false).map((command) => {
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
