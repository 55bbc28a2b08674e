// Channel names alone, without their schemas, so the sandboxed preload can list them
// without bundling the validator. contract.ts checks it defines exactly these.
export const CHANNEL_NAMES = [
  'journeys:list',
  'journeys:create',
  'journeys:rename',
  'journeys:duplicate',
  'journeys:delete',
  'journeys:load',
  'journeys:save',
  'journeys:export',
  'journeys:import',
  'templates:list',
  'personas:list',
  'prospectSets:list',
  'prospectSets:importCsv',
  'prospectSets:delete',
  'simulation:start',
  'simulation:progress',
  'simulation:cancel',
  'simulation:result',
  'simulation:list',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];
