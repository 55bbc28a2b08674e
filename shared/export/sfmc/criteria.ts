// A condition in words, for the Journey Builder criteria the user builds (Journey Builder keeps
// its criteria as filter XML from the account's own data model, which an export cannot know).
import type { ConditionRule } from '../../journey/schema';
import type { BuyingRole } from '../../accounts/schema';
import type { JourneyIndex } from '../treePlan';

const ROLE_WORDS: Readonly<Record<BuyingRole, string>> = { decisionMaker: 'decision maker', influencer: 'influencer', user: 'user', buyer: 'buyer', gatekeeper: 'gatekeeper' };

export function describeRule(rule: ConditionRule, index: JourneyIndex): string {
  switch (rule.kind) {
    case 'engagement': {
      const email = rule.emailNodeId ? index.byId.get(rule.emailNodeId) : undefined;
      return `contacts who ${rule.event} “${email?.label || email?.id || 'any email of this journey'}”`;
    }
    case 'score':
      return `lead score at least ${rule.atLeast}`;
    case 'topicScore':
      return `score for “${rule.topic}” at least ${rule.atLeast}`;
    case 'fitGrade':
      return `fit grade ${rule.atLeast} or better`;
    case 'stage':
      return `lifecycle stage ${rule.atLeast} or later`;
    case 'attribute':
      return `${rule.rule.attribute} ${rule.rule.operator} ${Array.isArray(rule.rule.value) ? rule.rule.value.join(', ') : String(rule.rule.value)}`;
    case 'hasConsent':
      return 'contacts who consented to marketing email';
    case 'accountScore':
      return `account score at least ${rule.atLeast}`;
    case 'roleEngaged':
      return `the account has an engaged ${ROLE_WORDS[rule.role]}`;
    case 'rolesEngaged':
      return `at least ${rule.atLeast} buying roles of the account engaged`;
    case 'accountFit':
      return `account fit grade ${rule.atLeast} or better`;
  }
}
