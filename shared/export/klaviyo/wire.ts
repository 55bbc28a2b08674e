// Klaviyo's request bodies as they go over the wire, derived from the vendor's own generated
// types (npm klaviyo-api 23 = API revision 2026-07-15, a dev dependency: type imports only, so
// nothing of the SDK is bundled). The SDK names fields in camelCase and maps each to its wire
// name (snake_case) in its serializer's attribute type maps; `Wire<T>` renames the keys the
// same way, so the adapter's output is checked field by field against FlowCreateQuery. That the
// renaming matches the SDK's maps is tested (test/unit/shared/export/klaviyo/wire.test.ts).
import type {
  ConditionalBranchActionDataProfileFilterConditionGroupsInnerConditionsInner,
  FlowCreateQuery,
  FlowDefinitionActionsInner,
  FlowDefinitionTriggersInner,
  TemplateCreateHtmlOrDndQuery,
  TimeDelayActionData,
} from 'klaviyo-api';

/** camelCase → snake_case, as the SDK's attribute maps name the wire fields. */
export type Snake<S extends string> = S extends `${infer H}${infer T}` ? `${H extends Lowercase<H> ? H : `_${Lowercase<H>}`}${Snake<T>}` : S;

export type Wire<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends Date
    ? string
    : T extends readonly (infer U)[]
      ? Wire<U>[]
      : { [K in keyof T as K extends string ? Snake<K> : K]: Wire<T[K]> };

export const KLAVIYO_REVISION = '2026-07-15';

export type KlaviyoFlowCreate = Wire<FlowCreateQuery>;
export type KlaviyoDefinition = KlaviyoFlowCreate['data']['attributes']['definition'];
export type KlaviyoAction = Wire<FlowDefinitionActionsInner>;
/** The action whose `type` accepts this literal (the SDK types `type` as its enum or the literal). */
export type ActionOf<T extends string> = KlaviyoAction extends infer A ? (A extends { type: infer X } ? (T extends X ? A : never) : never) : never;
export type KlaviyoTrigger = Wire<FlowDefinitionTriggersInner>;
export type KlaviyoCondition = Wire<ConditionalBranchActionDataProfileFilterConditionGroupsInnerConditionsInner>;
export type KlaviyoTemplateCreate = Wire<TemplateCreateHtmlOrDndQuery>;
export type KlaviyoTimeZone = Exclude<Wire<TimeDelayActionData>['timezone'], undefined | 'profile'>;
export type KlaviyoWeekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** What the Klaviyo export file holds: the requests to send, in order, and what to fill in first. */
export interface KlaviyoExport {
  format: 'nurture-studio.platform-export';
  formatVersion: 1;
  target: 'klaviyo';
  /** The value of Klaviyo's `revision` header the bodies are written for. */
  revision: typeof KLAVIYO_REVISION;
  /** Strings in the bodies to replace with ids from your Klaviyo account before sending. */
  placeholders: { placeholder: string; fillWith: string }[];
  /** One `POST /api/templates` per email template; its returned id replaces `placeholder` in the flow. */
  templates: { templateId: string; placeholder: string; method: 'POST'; path: '/api/templates'; body: KlaviyoTemplateCreate }[];
  flow: { method: 'POST'; path: '/api/flows'; body: KlaviyoFlowCreate };
}
