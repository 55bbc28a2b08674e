// A selected connection: which branch it carries, from where to where, and removing it.
import { Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { JourneyEdge } from '../../../shared/journey/schema';
import { outputLabel } from '../canvas/outputLabel';
import { useApp } from '../store/StoreContext';

export function EdgeInspector({ edge }: { edge: JourneyEdge }) {
  const { t } = useTranslation();
  const source = useApp((s) => s.document?.nodes.find((n) => n.id === edge.source));
  const target = useApp((s) => s.document?.nodes.find((n) => n.id === edge.target));
  const applyEdit = useApp((s) => s.applyEdit);
  const name = (node: typeof source) => (node ? (node.label ?? t(`nodeTypes.${node.type}.name`)) : '?');
  return (
    <aside className="inspector" aria-label={t('edgeInspector.heading')} data-testid="edge-inspector">
      <h3>{t('edgeInspector.heading')}</h3>
      <p className="inspector__hint">{t('edgeInspector.describes', { branch: outputLabel(source, edge.sourceOutput, t), from: name(source), to: name(target) })}</p>
      <button type="button" className="button" onClick={() => applyEdit([{ kind: 'removeElements', nodeIds: [], edgeIds: [edge.id] }])} data-testid="remove-edge">
        <Trash2 size={14} aria-hidden /> {t('edgeInspector.remove')}
      </button>
    </aside>
  );
}
