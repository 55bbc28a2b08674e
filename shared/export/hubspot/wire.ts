// HubSpot's automation v4 create-flow body (POST /automation/v4/flows, beta), written down from
// HubSpot's OpenAPI-generated SDK types (HubSpot/hubspot-sdk-python, src/hubspot_sdk/types/automation/:
// api_contact_flow_create_request_param.py, api_single_connection_action_param.py,
// api_list_branch_action_param.py, api_list_branch_param.py, api_static_branch_action_param.py,
// api_static_branch_param.py, api_ab_test_branch_action_param.py, api_webhook_action_param.py,
// api_connection_param.py, api_time_window_param.py, api_time_of_day_param.py,
// api_list_based_enrollment_criteria_param.py, api_static_value_param.py,
// api_object_property_value_param.py; shared_params/public_and_filter_branch.py,
// public_or_filter_branch.py, public_property_filter.py, public_*_property_operation.py,
// public_in_list_filter.py, public_email_event_filter.py, public_association_filter_branch.py —
// commits named in schema.ts) and
// HubSpot's developer documentation of the v4 API (read 2026-12-01; see README). The SDK types
// "fields" of a single-connection action as a free object: the fields of each action type come
// from the documentation's examples and are marked unverified in the report.

export interface HubSpotConnection {
  edgeType: 'STANDARD' | 'GO-TO';
  nextActionId: string;
}

export type HubSpotOperation =
  | { operationType: 'STRING'; operator: string; value: string; includeObjectsWithNoValueSet: boolean }
  | { operationType: 'NUMBER'; operator: string; value: number; includeObjectsWithNoValueSet: boolean }
  | { operationType: 'BOOL'; operator: string; value: boolean; includeObjectsWithNoValueSet: boolean }
  | { operationType: 'ENUMERATION' | 'MULTISTRING'; operator: string; values: string[]; includeObjectsWithNoValueSet: boolean }
  | { operationType: 'ALL_PROPERTY'; operator: string; includeObjectsWithNoValueSet: boolean };

export type HubSpotFilter =
  | { filterType: 'PROPERTY'; property: string; operation: HubSpotOperation }
  | { filterType: 'IN_LIST'; listId: string; operator: string }
  | { filterType: 'EMAIL_EVENT'; appId: string; emailId: string; level: string; operator: 'OPENED' | 'LINK_CLICKED' };

export type HubSpotFilterBranch =
  | { filterBranchType: 'OR' | 'AND'; filterBranchOperator: 'OR' | 'AND'; filterBranches: HubSpotFilterBranch[]; filters: HubSpotFilter[] }
  /** Filters on records associated with the enrolled one (shared_params/public_association_filter_branch.py), e.g. the contact's company. */
  | {
      filterBranchType: 'ASSOCIATION';
      filterBranchOperator: 'AND';
      objectTypeId: string;
      associationTypeId: number;
      associationCategory: 'HUBSPOT_DEFINED';
      operator: 'IN_LIST';
      filterBranches: HubSpotFilterBranch[];
      filters: HubSpotFilter[];
    };

export type HubSpotAction =
  | { actionId: string; type: 'SINGLE_CONNECTION'; actionTypeId: string; actionTypeVersion: 0; fields: Record<string, unknown>; connection?: HubSpotConnection }
  | { actionId: string; type: 'LIST_BRANCH'; listBranches: { branchName: string; filterBranch: HubSpotFilterBranch; connection?: HubSpotConnection }[]; defaultBranchName: string; defaultBranch?: HubSpotConnection }
  | { actionId: string; type: 'STATIC_BRANCH'; inputValue: { type: 'OBJECT_PROPERTY'; propertyName: string }; staticBranches: { branchValue: string; connection?: HubSpotConnection }[]; defaultBranchName: string; defaultBranch?: HubSpotConnection }
  | { actionId: string; type: 'AB_TEST_BRANCH'; testBranches: HubSpotConnection[] }
  | { actionId: string; type: 'WEBHOOK'; method: 'POST' | 'PUT'; webhookUrl: string; queryParams: never[]; connection?: HubSpotConnection };

export interface HubSpotFlowCreate {
  type: 'CONTACT_FLOW';
  objectTypeId: '0-1';
  flowType: 'WORKFLOW';
  isEnabled: false;
  name: string;
  description: string;
  startActionId?: string;
  actions: HubSpotAction[];
  enrollmentCriteria: { type: 'LIST_BASED'; listFilterBranch: HubSpotFilterBranch; reEnrollmentTriggersFilterBranches: HubSpotFilterBranch[]; shouldReEnroll: boolean; unEnrollObjectsNotMeetingCriteria: boolean };
  goalFilterBranch?: HubSpotFilterBranch;
  timeWindows: { day: 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY'; startTime: { hour: number; minute: number }; endTime: { hour: number; minute: number } }[];
  blockedDates: never[];
  customProperties: Record<string, string>;
  dataSources: never[];
  suppressionListIds: number[];
  canEnrollFromSalesforce: false;
}

export interface HubSpotExport {
  format: 'nurture-studio.platform-export';
  formatVersion: 1;
  target: 'hubspot';
  placeholders: { placeholder: string; fillWith: string }[];
  /** The content of each marketing email to create (automated email); its id replaces `placeholder`. */
  emails: { templateId: string; placeholder: string; name: string; subject: string; preheader: string; html: string }[];
  flow: { method: 'POST'; path: '/automation/v4/flows'; body: HubSpotFlowCreate };
}
