// Dittofeed's admin API bodies as this adapter writes them, written down from Dittofeed's TypeBox
// definitions (dittofeed/dittofeed, packages/isomorphic-lib/src/types.ts at commit
// 52b2bee909744d07dd5d409fd3974d4b95c66766): JourneyDefinition and its nodes, SegmentDefinition and
// the segment nodes used here, UpsertJourneyResource, UpsertSegmentResource and
// UpsertMessageTemplateResource. The golden files are checked against the JSON Schema derived from
// those definitions (test/support/vendor/dittofeed.schema.json).

/** The exit node has no id; a child that ends the journey names its type. */
export const EXIT = 'ExitNode';

export type DittofeedEntryNode =
  | { type: 'EntryNode'; segment: string; child: string; reEnter?: boolean }
  | { type: 'EventEntryNode'; event: string; child: string };

export type DittofeedDelayVariant =
  | { type: 'Second'; seconds: number }
  | { type: 'LocalTime'; hour: number; minute?: number; allowedDaysOfWeek?: number[]; defaultTimezone?: string };

export type DittofeedBodyNode =
  | { id: string; type: 'DelayNode'; variant: DittofeedDelayVariant; child: string }
  | { id: string; type: 'MessageNode'; name?: string; subscriptionGroupId?: string; variant: { type: 'Email' | 'Webhook'; templateId: string }; child: string }
  | { id: string; type: 'SegmentSplitNode'; name?: string; variant: { type: 'Boolean'; segment: string; trueChild: string; falseChild: string } }
  | { id: string; type: 'RandomCohortNode'; children: { id: string; percent: number; name: string }[] }
  | { id: string; type: 'WaitForNode'; timeoutSeconds: number; timeoutChild: string; segmentChildren: { id: string; segmentId: string }[] };

export interface DittofeedJourneyDefinition {
  entryNode: DittofeedEntryNode;
  exitNode: { type: 'ExitNode' };
  nodes: DittofeedBodyNode[];
}

export type SegmentOperator =
  | { type: 'Equals' | 'NotEquals'; value: string | number }
  | { type: 'GreaterThanOrEqual' | 'LessThan'; value: number }
  | { type: 'Exists' | 'NotExists' };

export type SegmentNode =
  | { type: 'Trait'; id: string; path: string; operator: SegmentOperator }
  | { type: 'And' | 'Or'; id: string; children: string[] }
  | { type: 'Performed'; id: string; event: string; times?: number; timesOperator?: '>=' }
  | { type: 'Email'; id: string; event: 'DFEmailOpened' | 'DFEmailClicked'; templateId: string }
  | { type: 'SubscriptionGroup'; id: string; subscriptionGroupId: string; subscriptionGroupType: 'OptIn' | 'OptOut' }
  | { type: 'Manual'; id: string; version: number }
  | { type: 'Everyone'; id: string };

export interface SegmentDefinition {
  entryNode: SegmentNode;
  nodes: SegmentNode[];
}

export interface DittofeedExport {
  format: 'nurture-studio.platform-export';
  formatVersion: 1;
  target: 'dittofeed';
  placeholders: { placeholder: string; fillWith: string }[];
  /** PUT these first (order: templates, segments, journey); ids are fixed, so a re-import updates them. */
  templates: { templateId: string; method: 'PUT'; path: '/api/admin/content/templates'; body: { workspaceId: string; id: string; name: string; definition: Record<string, unknown> } }[];
  segments: { method: 'PUT'; path: '/api/admin/segments'; body: { workspaceId: string; id: string; name: string; definition: SegmentDefinition } }[];
  journey: { method: 'PUT'; path: '/api/admin/journeys'; body: { workspaceId: string; id: string; name: string; status: 'NotStarted'; canRunMultiple?: boolean; definition: DittofeedJourneyDefinition } };
}
