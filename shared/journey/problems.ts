// What validation reports: a problem as data. Its own file so that validation, the step
// kinds (which bring their own checks) and the API contract can share it without a circle.
export type ProblemCode =
  | 'schema'
  | 'internal'
  | 'no_entry'
  | 'duplicate_node_id'
  | 'duplicate_edge_id'
  | 'edge_missing_node'
  | 'edge_unknown_output'
  | 'edge_into_entry'
  | 'output_multiple_edges'
  | 'output_unconnected'
  | 'unreachable'
  | 'loop_without_wait'
  | 'goal_unreachable'
  | 'email_without_template'
  | 'template_missing'
  | 'no_unsubscribe_link'
  | 'template_has_errors'
  | 'consent_not_guaranteed'
  | 'split_not_100'
  | 'split_duplicate_branch'
  | 'wait_zero'
  | 'reference_missing'
  | 'jump_journey_missing'
  | 'routing_unknown_assignee'
  | 'handoff_without_sales'
  | 'handoff_one_path'
  | 'stage_rule_unreachable'
  | 'condition_too_early'
  | 'branch_never_taken'
  | 'account_rule_without_accounts';

/** The part of the journey's settings a problem comes from, so the app can open it. */
export type ProblemSetting = 'settings' | 'scoring' | 'routing' | 'sales' | 'costs' | 'accounts';

export interface Problem {
  severity: 'error' | 'warning';
  code: ProblemCode;
  message: string;
  /** What the message names; absent for schema and internal problems, whose text is all there is. */
  details?: ProblemDetails;
  nodeId?: string;
  edgeId?: string;
  /** JSON path for problems found by the schema, e.g. nodes[3].params.amount. */
  path?: string;
  /** Where the reason lies when it is a setting (fit rules, stage rules, routing) rather than a step. */
  setting?: ProblemSetting;
}

/** A step as a message names it: by its label, else by its kind. */
export interface NamedStep {
  /** The step kind (a NodeType; kept a string so this file depends on nothing). */
  type: string;
  label: string;
}

export interface ProblemDetails {
  /** Which wording of the code applies, e.g. a wait's zero duration versus a zero timeout. */
  variant?: string;
  step?: NamedStep;
  output?: string;
  id?: string;
  template?: string;
  /** Messages of a template's own errors (MJML's, in English). */
  errors?: string;
  sum?: number;
  stage?: string;
  /** A fit grade the problem names (asked for), and the best one the fit rules allow. */
  grade?: string;
  best?: string;
}

export type Report = (code: ProblemCode, message: string, details: ProblemDetails, at?: { nodeId?: string; edgeId?: string; setting?: ProblemSetting }) => void;
