// The prospect attributes a journey reads or writes (audience, conditions, switches, updates):
// the platform's profiles must carry them under the same names for the export to work.
import type { JourneyDocument } from '../journey/schema';
import type { ReportBuilder } from './report';

export function attributesUsed(journey: JourneyDocument): string[] {
  const names = new Set(journey.settings.audience.rules.map((r) => r.attribute));
  for (const node of journey.nodes) {
    if (node.type === 'condition' && node.params.rule.kind === 'attribute') names.add(node.params.rule.rule.attribute);
    if (node.type === 'split' && node.params.mode === 'switch') names.add(node.params.attribute);
    if (node.type === 'updateAttribute' && node.params.action === 'set') names.add(node.params.attribute);
  }
  return [...names].sort();
}

/** The to-do naming every property the export reads or writes, when there is one. */
export function todoProperties(report: ReportBuilder, journey: JourneyDocument): void {
  const properties = [...new Set([...report.propertiesNamed(), ...attributesUsed(journey)])];
  if (properties.length > 0) report.todo('customProperties', { list: properties.join(', ') });
}
