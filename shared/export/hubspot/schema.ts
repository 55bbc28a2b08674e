// What HubSpot's v4 create-flow call accepts, as far as its OpenAPI-generated SDK types say
// (HubSpot/hubspot-sdk-python at commits 5a87776b5f5dd131d5c5b27afe0a20f2f88d1f34,
// d0353ad4288a8db3ce72e8ef77f89fd5e523adb3, e897c5774c9a88774c5058df263f8de1f750dda3,
// f25eef0662d47a8764087f197e1a45186bcdeb4d, 465a75ec4e45ff0eacab433d7cb4b65011628358,
// 14411b36a2c6572a707a9db58bff200035970e31; files in
// wire.ts): required fields, literal types and enums, strict objects for what this adapter
// writes; plus the graph rules the documentation states (every nextActionId names an action of the
// flow, startActionId too, each action id once). The golden files are checked against it.
import { z } from 'zod';

const Connection = z.object({ edgeType: z.enum(['STANDARD', 'GO-TO']), nextActionId: z.string().min(1) }).strict();
const base = { includeObjectsWithNoValueSet: z.boolean(), operator: z.string().min(1) };
const Operation = z.discriminatedUnion('operationType', [
  z.object({ ...base, operationType: z.literal('STRING'), value: z.string() }).strict(),
  z.object({ ...base, operationType: z.literal('NUMBER'), value: z.number() }).strict(),
  z.object({ ...base, operationType: z.literal('BOOL'), value: z.boolean() }).strict(),
  z.object({ ...base, operationType: z.literal('ENUMERATION'), values: z.array(z.string()) }).strict(),
  z.object({ ...base, operationType: z.literal('MULTISTRING'), values: z.array(z.string()) }).strict(),
  z.object({ ...base, operationType: z.literal('ALL_PROPERTY') }).strict(),
]);
const Filter = z.discriminatedUnion('filterType', [
  z.object({ filterType: z.literal('PROPERTY'), property: z.string().min(1), operation: Operation }).strict(),
  z.object({ filterType: z.literal('IN_LIST'), listId: z.string().min(1), operator: z.string().min(1) }).strict(),
  z
    .object({
      filterType: z.literal('EMAIL_EVENT'),
      appId: z.string(),
      emailId: z.string(),
      level: z.string(),
      operator: z.enum(['BOUNCED', 'LINK_CLICKED', 'MARKED_SPAM', 'OPENED', 'OPENED_BUT_LINK_NOT_CLICKED', 'OPENED_BUT_NOT_REPLIED', 'RECEIVED', 'RECEIVED_BUT_NOT_OPENED', 'REPLIED', 'SENT', 'SENT_BUT_LINK_NOT_CLICKED', 'SENT_BUT_NOT_RECEIVED', 'UNSUBSCRIBED']),
    })
    .strict(),
]);
type Branch =
  | { filterBranchType: 'OR' | 'AND'; filterBranchOperator: string; filterBranches: Branch[]; filters: z.infer<typeof Filter>[] }
  | { filterBranchType: 'ASSOCIATION'; filterBranchOperator: string; objectTypeId: string; associationTypeId: number; associationCategory: string; operator: string; filterBranches: Branch[]; filters: z.infer<typeof Filter>[] };
// An association branch (shared_params/public_association_filter_branch.py at f25eef0662d47a8764087f197e1a45186bcdeb4d): all its fields are required.
const FilterBranch: z.ZodType<Branch> = z.lazy(() =>
  z.union([
    z.object({ filterBranchType: z.enum(['OR', 'AND']), filterBranchOperator: z.string(), filterBranches: z.array(FilterBranch), filters: z.array(Filter) }).strict(),
    z
      .object({
        filterBranchType: z.literal('ASSOCIATION'),
        filterBranchOperator: z.string(),
        objectTypeId: z.string().regex(/^\d+-\d+$/),
        associationTypeId: z.number().int(),
        associationCategory: z.string().min(1),
        operator: z.string().min(1),
        filterBranches: z.array(FilterBranch),
        filters: z.array(Filter),
      })
      .strict(),
  ]),
);

const Action = z.discriminatedUnion('type', [
  z.object({ actionId: z.string().min(1), type: z.literal('SINGLE_CONNECTION'), actionTypeId: z.string().regex(/^\d+-\d+$/), actionTypeVersion: z.number().int(), fields: z.record(z.string(), z.unknown()), connection: Connection.optional() }).strict(),
  z
    .object({
      actionId: z.string().min(1),
      type: z.literal('LIST_BRANCH'),
      listBranches: z.array(z.object({ branchName: z.string(), filterBranch: FilterBranch, connection: Connection.optional() }).strict()),
      defaultBranchName: z.string(),
      defaultBranch: Connection.optional(),
    })
    .strict(),
  z
    .object({
      actionId: z.string().min(1),
      type: z.literal('STATIC_BRANCH'),
      inputValue: z.object({ type: z.literal('OBJECT_PROPERTY'), propertyName: z.string().min(1) }).strict(),
      staticBranches: z.array(z.object({ branchValue: z.string(), connection: Connection.optional() }).strict()),
      defaultBranchName: z.string(),
      defaultBranch: Connection.optional(),
    })
    .strict(),
  z.object({ actionId: z.string().min(1), type: z.literal('AB_TEST_BRANCH'), testBranches: z.array(Connection) }).strict(),
  z.object({ actionId: z.string().min(1), type: z.literal('WEBHOOK'), method: z.enum(['CONNECT', 'DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT', 'TRACE']), webhookUrl: z.string(), queryParams: z.array(z.unknown()), connection: Connection.optional() }).strict(),
]);
const TimeOfDay = z.object({ hour: z.number().int().min(0).max(23), minute: z.number().int().min(0).max(59) }).strict();

export const HubSpotFlowCreate = z
  .object({
    type: z.enum(['CONTACT_FLOW', 'PLATFORM_FLOW']),
    objectTypeId: z.string(),
    flowType: z.enum(['WORKFLOW', 'ACTION_SET', 'UNKNOWN']),
    isEnabled: z.boolean(),
    name: z.string(),
    description: z.string(),
    startActionId: z.string().optional(),
    actions: z.array(Action),
    enrollmentCriteria: z.object({ type: z.literal('LIST_BASED'), listFilterBranch: FilterBranch, reEnrollmentTriggersFilterBranches: z.array(FilterBranch), shouldReEnroll: z.boolean(), unEnrollObjectsNotMeetingCriteria: z.boolean() }).strict(),
    goalFilterBranch: FilterBranch.optional(),
    timeWindows: z.array(z.object({ day: z.enum(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']), startTime: TimeOfDay.optional(), endTime: TimeOfDay.optional() }).strict()),
    blockedDates: z.array(z.unknown()),
    customProperties: z.record(z.string(), z.string()),
    dataSources: z.array(z.unknown()),
    suppressionListIds: z.array(z.number().int()),
    canEnrollFromSalesforce: z.boolean(),
  })
  .strict()
  .superRefine((flow, ctx) => {
    const ids = new Set<string>();
    flow.actions.forEach((a, i) => {
      if (ids.has(a.actionId)) ctx.addIssue({ code: 'custom', path: ['actions', i, 'actionId'], message: `action id ${a.actionId} is used twice` });
      ids.add(a.actionId);
    });
    if (flow.startActionId !== undefined && !ids.has(flow.startActionId)) ctx.addIssue({ code: 'custom', path: ['startActionId'], message: 'names no action' });
    if (flow.actions.length > 0 && flow.startActionId === undefined) ctx.addIssue({ code: 'custom', path: ['startActionId'], message: 'a flow with actions needs its first action' });
    const check = (c: z.infer<typeof Connection> | undefined, path: (string | number)[]) => {
      if (c && !ids.has(c.nextActionId)) ctx.addIssue({ code: 'custom', path, message: `nextActionId ${c.nextActionId} names no action` });
    };
    flow.actions.forEach((a, i) => {
      if (a.type === 'SINGLE_CONNECTION' || a.type === 'WEBHOOK') check(a.connection, ['actions', i, 'connection']);
      if (a.type === 'LIST_BRANCH') a.listBranches.forEach((b, j) => check(b.connection, ['actions', i, 'listBranches', j]));
      if (a.type === 'STATIC_BRANCH') a.staticBranches.forEach((b, j) => check(b.connection, ['actions', i, 'staticBranches', j]));
      if (a.type === 'LIST_BRANCH' || a.type === 'STATIC_BRANCH') check(a.defaultBranch, ['actions', i, 'defaultBranch']);
      if (a.type === 'AB_TEST_BRANCH') a.testBranches.forEach((b, j) => check(b, ['actions', i, 'testBranches', j]));
    });
  });
