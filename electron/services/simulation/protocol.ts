// Messages between the simulation pool and its worker threads.
import type { AggregateData } from '../../../shared/simulation/aggregate';
import type { HandoffRequest } from '../../../shared/simulation/engine';
import type { SimulationInput } from '../../../shared/simulation/simulate';

export type ToWorker =
  | { type: 'init'; input: SimulationInput; start: number; end: number }
  | { type: 'runAll' }
  | { type: 'rerun'; work: [number, number[]][] }
  | { type: 'collect' };

export type FromWorker =
  | { type: 'progress'; done: number }
  | { type: 'requests'; requests: HandoffRequest[] }
  | { type: 'aggregate'; data: AggregateData }
  | { type: 'error'; message: string };
