// How each step type looks on the canvas and in the palette. Accents group types by
// purpose: flow (neutral), messages (blue), logic (violet), lead changes (green).
import {
  CornerDownRight,
  Flag,
  Gauge,
  GitBranch,
  Handshake,
  Hourglass,
  Mail,
  MailOpen,
  Milestone,
  PlayCircle,
  Split,
  Tag,
  Webhook,
  type LucideIcon,
} from 'lucide-react';
import type { NodeType } from '../../../shared/journey/schema';

type Accent = 'entry' | 'email' | 'wait' | 'branch' | 'lead' | 'exit';

export const NODE_LOOK: Record<NodeType, { icon: LucideIcon; accent: Accent }> = {
  entry: { icon: PlayCircle, accent: 'entry' },
  sendEmail: { icon: Mail, accent: 'email' },
  webhook: { icon: Webhook, accent: 'email' },
  wait: { icon: Hourglass, accent: 'wait' },
  waitForEvent: { icon: MailOpen, accent: 'wait' },
  condition: { icon: GitBranch, accent: 'branch' },
  split: { icon: Split, accent: 'branch' },
  adjustScore: { icon: Gauge, accent: 'lead' },
  setStage: { icon: Milestone, accent: 'lead' },
  handoff: { icon: Handshake, accent: 'lead' },
  updateAttribute: { icon: Tag, accent: 'lead' },
  jump: { icon: CornerDownRight, accent: 'exit' },
  exit: { icon: Flag, accent: 'exit' },
};
