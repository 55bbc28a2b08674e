// The menu of step kinds that opens at an output's "+" (or with the A key): type to narrow
// it, arrows and Enter to choose, Escape to close. The chosen step goes after that output,
// connected (see addStep).
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptsInput } from '../../../shared/journey/nodeTypes';
import type { NodeType } from '../../../shared/journey/schema';
import type { CommandContext } from '../commands/commands';
import { STEP_VIEWS } from '../editor/steps/stepViews';
import { addStep } from './addStep';
import type { StepMenuRequest } from './canvasContext';
import { matchingGroups } from './stepSearch';

interface Props {
  request: StepMenuRequest;
  /** Where it opens, in the canvas's own coordinates. */
  at: { x: number; y: number };
  context: CommandContext;
  onClose(): void;
}

export function StepMenu({ request, at, context, onClose }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const menu = useRef<HTMLDivElement>(null);
  const connecting = request.after !== null;
  const groups = useMemo(
    () => matchingGroups(query, (type) => `${t(`nodeTypes.${type}.name`)} ${t(`nodeTypes.${type}.hint`)}`, (type) => !connecting || acceptsInput(type)),
    [query, t, connecting],
  );
  const types = groups.flatMap((g) => g.types);
  const choose = (type: NodeType) => {
    onClose();
    addStep(context, type, request.after);
  };

  useEffect(() => {
    const close = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [onClose]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowDown') setActive((i) => Math.min(types.length - 1, i + 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (event.key === 'Enter' && types[active]) choose(types[active]);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div ref={menu} className="step-menu" style={{ left: at.x, top: at.y }} role="dialog" aria-label={t('workspace.stepMenu.title')} data-testid="step-menu" onKeyDown={onKeyDown}>
      <input
        type="search"
        autoFocus
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        placeholder={t('workspace.stepMenu.search')}
        aria-label={t('workspace.stepMenu.search')}
        data-testid="step-menu-search"
      />
      <ul role="listbox" aria-label={t('workspace.stepMenu.title')}>
        {groups.map((group) => (
          <li key={group.id} role="presentation">
            <span className="step-menu__group">{t(`nodeGroups.${group.id}`)}</span>
            <ul role="presentation">
              {group.types.map((type) => {
                const Icon = STEP_VIEWS[type].icon;
                const index = types.indexOf(type);
                return (
                  <li key={type} role="option" aria-selected={index === active}>
                    <button
                      type="button"
                      className={`step-menu__item palette__item--${STEP_VIEWS[type].accent}${index === active ? ' is-active' : ''}`}
                      onClick={() => choose(type)}
                      onMouseEnter={() => setActive(index)}
                      title={t(`nodeTypes.${type}.hint`)}
                      data-testid={`step-menu-${type}`}
                    >
                      <Icon size={15} aria-hidden />
                      <span>{t(`nodeTypes.${type}.name`)}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
        {types.length === 0 && <li className="step-menu__none">{t('workspace.stepMenu.none')}</li>}
      </ul>
    </div>
  );
}
