// Messages between the simulation pool and its worker threads.
import type { AggregateData } from '../../../shared/simulation/aggregate';
import type { HandoffRequestsData } from '../../../shared/simulation/handoffs';
import type { RerunWork, SimulationInput } from '../../../shared/simulation/simulate';

export type ToWorker =
  | { type: 'init'; input: SimulationInput }
  | { type: 'runBlock'; start: number; end: number }
  | { type: 'rerun'; work: RerunWork }
  | { type: 'collect' };

export type FromWorker =
  /** Prospects this worker has run so far in the first round. */
  | { type: 'progress'; done: number }
  | { type: 'requests'; requests: HandoffRequestsData }
  | { type: 'aggregate'; data: AggregateData }
  | { type: 'error'; message: string };
