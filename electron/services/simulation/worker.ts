// A simulation worker thread: runs the blocks of prospects the pool hands it (built to out/main/simWorker.js).
import { parentPort } from 'node:worker_threads';
import { transferablesOf } from '../../../shared/simulation/aggregate';
import { handoffBuffers } from '../../../shared/simulation/handoffs';
import { ChunkRunner } from '../../../shared/simulation/simulate';
import type { FromWorker, ToWorker } from './protocol';

const port = parentPort;
if (!port) throw new Error('simWorker must run as a worker thread');
let runner: ChunkRunner | null = null;
let done = 0; // prospects run in the first round, over every block
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', (message: ToWorker) => {
  try {
    switch (message.type) {
      case 'init':
        runner = new ChunkRunner(message.input);
        done = 0;
        break;
      case 'runBlock': {
        const requests = runner!.runBlock(message.start, message.end, (inBlock) => send({ type: 'progress', done: done + inBlock }));
        done += message.end - message.start;
        send({ type: 'requests', requests }, handoffBuffers(requests));
        break;
      }
      case 'rerun': {
        const requests = runner!.rerun(message.work);
        send({ type: 'requests', requests }, handoffBuffers(requests));
        break;
      }
      case 'collect': {
        const data = runner!.collect();
        send({ type: 'aggregate', data }, transferablesOf(data));
        break;
      }
    }
  } catch (error) {
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
