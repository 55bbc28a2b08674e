// The steps a journey is built from, compact (icon and name; the hint is the tooltip) with a
// filter on top. Click: the step goes after the selected step's first free output,
// connected (or in the middle of the view when nothing is selected). Drag: it goes where it
// is dropped, into a connection when dropped onto one.
import { useReactFlow } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeType } from '../../../shared/journey/schema';
import type { CommandContext } from '../commands/commands';
import { STEP_VIEWS } from '../editor/steps/stepViews';
import { useAppStoreApi } from '../store/StoreContext';
import { addStep } from './addStep';
import { matchingGroups } from './stepSearch';

export const NODE_DRAG_TYPE = 'application/x-nurture-step';

export function Palette() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const flow = useReactFlow();
  const [query, setQuery] = useState('');
  const groups = useMemo(() => matchingGroups(query, (type) => `${t(`nodeTypes.${type}.name`)} ${t(`nodeTypes.${type}.hint`)}`), [query, t]);
  const add = (type: NodeType) => addStep({ store, flow: flow as unknown as CommandContext['flow'], sizes: new Map() }, type);

  return (
    <aside className="palette" aria-label={t('editor.addStep')} data-testid="palette">
      <input
        type="search"
        className="palette__search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          const only = groups.flatMap((g) => g.types);
          if (e.key === 'Enter' && only.length === 1) add(only[0]!);
          if (e.key === 'Escape') setQuery('');
        }}
        placeholder={t('workspace.palette.search')}
        aria-label={t('workspace.palette.search')}
        data-testid="palette-search"
      />
      {groups.map((group) => (
        <section key={group.id} className="palette__group">
          <h3 className="palette__group-title">{t(`nodeGroups.${group.id}`)}</h3>
          {group.types.map((type) => {
            const Icon = STEP_VIEWS[type].icon;
            return (
              <button
                key={type}
                type="button"
                className={`palette__item palette__item--${STEP_VIEWS[type].accent}`}
                data-testid={`palette-${type}`}
                draggable
                onDragStart={(event) => {
                  event.dataTransfer.setData(NODE_DRAG_TYPE, type);
                  event.dataTransfer.effectAllowed = 'copy';
                }}
                onClick={() => add(type)}
                title={`${t(`nodeTypes.${type}.hint`)} — ${t('editor.paletteHint')}`}
              >
                <Icon size={15} aria-hidden />
                <span className="palette__name">{t(`nodeTypes.${type}.name`)}</span>
              </button>
            );
          })}
        </section>
      ))}
      {groups.length === 0 && <p className="palette__none">{t('workspace.stepMenu.none')}</p>}
    </aside>
  );
}
