// A simulation worker thread: runs one chunk of prospects (built to out/main/simWorker.js).
import { parentPort } from 'node:worker_threads';
import { transferablesOf } from '../../../shared/simulation/aggregate';
import { handoffBuffers } from '../../../shared/simulation/handoffs';
import { ChunkRunner } from '../../../shared/simulation/simulate';
import type { FromWorker, ToWorker } from './protocol';

const port = parentPort;
if (!port) throw new Error('simWorker must run as a worker thread');
let runner: ChunkRunner | null = null;
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', (message: ToWorker) => {
  try {
    switch (message.type) {
      case 'init':
        runner = new ChunkRunner(message.input, message.start, message.end);
        break;
      case 'runAll': {
        const requests = runner!.runAll((done) => send({ type: 'progress', done }));
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
