// How each step kind looks and is edited in the app: its icon, its accent (flow, messages,
// logic, lead changes) and its inspector fields. A kind missing here fails the type-check.
import {
  CornerDownRight,
  Flag,
  Gauge,
  GitBranch,
  Handshake,
  Hourglass,
  type LucideIcon,
  Mail,
  MailOpen,
  Milestone,
  PlayCircle,
  Split,
  Tag,
  Webhook,
} from 'lucide-react';
import type { ComponentType } from 'react';
import type { NodeType } from '../../../../shared/journey/schema';
import { ConditionFields } from './ConditionFields';
import { EntryFields } from './EntryFields';
import { ExitFields, JumpFields, WebhookFields } from './FlowFields';
import { AdjustScoreFields, HandoffFields, SetStageFields, UpdateAttributeFields } from './LeadFields';
import { SendEmailFields } from './SendEmailFields';
import { SplitFields } from './SplitFields';
import type { StepFieldsProps } from './stepFields';
import { WaitFields } from './WaitFields';
import { WaitForEventFields } from './WaitForEventFields';

export type Accent = 'entry' | 'email' | 'wait' | 'branch' | 'lead' | 'exit';

export interface StepView<T extends NodeType> {
  icon: LucideIcon;
  accent: Accent;
  Fields: ComponentType<StepFieldsProps<T>>;
}

export const STEP_VIEWS: { [T in NodeType]: StepView<T> } = {
  entry: { icon: PlayCircle, accent: 'entry', Fields: EntryFields },
  sendEmail: { icon: Mail, accent: 'email', Fields: SendEmailFields },
  webhook: { icon: Webhook, accent: 'email', Fields: WebhookFields },
  wait: { icon: Hourglass, accent: 'wait', Fields: WaitFields },
  waitForEvent: { icon: MailOpen, accent: 'wait', Fields: WaitForEventFields },
  condition: { icon: GitBranch, accent: 'branch', Fields: ConditionFields },
  split: { icon: Split, accent: 'branch', Fields: SplitFields },
  adjustScore: { icon: Gauge, accent: 'lead', Fields: AdjustScoreFields },
  setStage: { icon: Milestone, accent: 'lead', Fields: SetStageFields },
  handoff: { icon: Handshake, accent: 'lead', Fields: HandoffFields },
  updateAttribute: { icon: Tag, accent: 'lead', Fields: UpdateAttributeFields },
  jump: { icon: CornerDownRight, accent: 'exit', Fields: JumpFields },
  exit: { icon: Flag, accent: 'exit', Fields: ExitFields },
};
