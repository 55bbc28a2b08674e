// Update a field: set a field to a value, or add or remove a tag.
import { z } from 'zod';
import { AttributeName, finite, typedValue } from '../primitives';
import { defineStepKind, NEXT, plainStep, type StepText } from './stepKind';

export const ATTRIBUTE_ACTIONS = ['set', 'addTag', 'removeTag'] as const;
const Tag = z.string().trim().min(1).max(60);

export const UpdateAttributeParams = z.discriminatedUnion('action', [
  z.object({ action: z.literal('set'), attribute: AttributeName, value: z.union([z.string().max(200), finite, z.boolean()]) }),
  z.object({ action: z.literal('addTag'), tag: Tag }),
  z.object({ action: z.literal('removeTag'), tag: Tag }),
]);
export type UpdateAttributeParams = z.infer<typeof UpdateAttributeParams>;

export const updateAttribute = defineStepKind('updateAttribute', UpdateAttributeParams)({
  ...plainStep,
  group: 'lead',
  englishName: 'update-field step',
  outputs: () => NEXT,
  defaults: () => ({ action: 'addTag', tag: 'nurtured' }),
  summary: (p): StepText =>
    p.action === 'set'
      ? { key: 'summary.setAttribute', values: { attribute: p.attribute, value: String(p.value) } }
      : { key: `summary.${p.action}`, values: { tag: p.tag } },
});

/** Another action: setting a field starts with "status" and an empty value; a tag action keeps the tag it had. */
export function withAttributeAction(params: UpdateAttributeParams, action: UpdateAttributeParams['action']): UpdateAttributeParams {
  if (action === params.action) return params;
  if (action === 'set') return { action, attribute: 'status', value: '' };
  return { action, tag: params.action === 'set' ? 'tag' : params.tag };
}

/** The value a "set a field" step writes, as typed: "120" is the number 120 (so "≥" rules on it work), other text stays text. */
export function withSetValue(params: Extract<UpdateAttributeParams, { action: 'set' }>, text: string): UpdateAttributeParams {
  return { ...params, value: typedValue(text) };
}
