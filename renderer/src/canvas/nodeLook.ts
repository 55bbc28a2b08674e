// How each step type looks on the canvas and in the palette.
import { Flag, GitBranch, Hourglass, Mail, PlayCircle, type LucideIcon } from 'lucide-react';
import type { NodeType } from '../../../shared/journey/schema';

export const NODE_LOOK: Record<NodeType, { icon: LucideIcon; accent: string }> = {
  entry: { icon: PlayCircle, accent: 'entry' },
  sendEmail: { icon: Mail, accent: 'email' },
  wait: { icon: Hourglass, accent: 'wait' },
  condition: { icon: GitBranch, accent: 'branch' },
  exit: { icon: Flag, accent: 'exit' },
};
