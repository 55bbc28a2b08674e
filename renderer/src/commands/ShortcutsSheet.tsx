// The shortcuts sheet (?): every command of the registry with its keys, by group, and the
// few things done with the mouse. Escape or a click outside closes it.
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useEscape } from '../dialogs/useEscape';
import { COMMANDS, type CommandGroup, isMac, shortcutLabel } from './commands';

const GROUPS: CommandGroup[] = ['edit', 'arrange', 'window'];
const GESTURES = ['drag', 'plus', 'drop', 'connect', 'pan', 'zoom'] as const;

export function ShortcutsSheet({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  useEscape(true, onClose);
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <section className="dialog shortcuts" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" data-testid="shortcuts-sheet" onClick={(e) => e.stopPropagation()}>
        <header className="shortcuts__head">
          <h2 id="shortcuts-title">{t('workspace.shortcuts.title')}</h2>
          <button type="button" className="icon-button" aria-label={t('app.dismiss')} onClick={onClose} data-testid="shortcuts-close" autoFocus>
            <X size={16} />
          </button>
        </header>
        <div className="shortcuts__columns">
          {GROUPS.map((group) => (
            <div key={group}>
              <h3>{t(`workspace.shortcuts.${group}`)}</h3>
              <dl>
                {COMMANDS.filter((c) => c.group === group).map((command) => (
                  <div key={command.id} className="shortcuts__row" data-testid={`shortcut-${command.id}`}>
                    <dt>{t(command.label)}</dt>
                    <dd>{command.shortcut ? <kbd>{shortcutLabel(command.shortcut, isMac)}</kbd> : '—'}</dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
          <div>
            <h3>{t('workspace.shortcuts.mouse')}</h3>
            <ul className="shortcuts__gestures">
              {GESTURES.map((gesture) => (
                <li key={gesture}>{t(`workspace.shortcuts.gestures.${gesture}`)}</li>
              ))}
            </ul>
          </div>
        </div>
      </section>
    </div>
  );
}
