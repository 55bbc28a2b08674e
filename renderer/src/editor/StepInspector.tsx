// The inspector for the selected step: its label and the fields of its kind (from the step
// views). Every change is a typed, undoable edit that the store checks before applying.
import { useTranslation } from 'react-i18next';
import type { EditResult } from '../../../shared/journey/editResult';
import { withLabel, withParams } from '../../../shared/journey/nodeTypes';
import type { NodeOf, NodeType } from '../../../shared/journey/schema';
import { useApp } from '../store/StoreContext';
import { Field, TextInput } from './fields';
import type { StepFieldsProps } from './steps/stepFields';
import { STEP_VIEWS } from './steps/stepViews';

export function StepInspector<T extends NodeType>({ node }: { node: NodeOf<T> }) {
  const { t } = useTranslation();
  const applyEdit = useApp((s) => s.applyEdit);
  const seal = useApp((s) => s.sealEdit);
  const replace = (next: NodeOf<T>, coalesce?: string) => applyEdit([{ kind: 'updateNode', node: next }], coalesce ? { coalesce: `${coalesce}:${node.id}` } : {});
  const props: StepFieldsProps<T> = {
    node,
    set: (params, coalesce) => replace(withParams(node, params), coalesce),
    apply: (result: EditResult<NodeOf<T>['params']>) => (result.ok ? replace(withParams(node, result.value)) : result),
    seal,
  };
  const Fields = STEP_VIEWS[node.type].Fields;
  const type: NodeType = node.type;
  return (
    <aside className="inspector" aria-label={t('inspector.heading')} data-testid="step-inspector" data-node-id={node.id}>
      <h3>{t(`nodeTypes.${type}.name`)}</h3>
      <Field label={t('inspector.label')}>
        <TextInput value={node.label ?? ''} testId="inspector-label" onChange={(label) => replace(withLabel(node, label), 'label')} onDone={seal} />
      </Field>
      <Fields {...props} />
    </aside>
  );
}
