// Writer-thread entry (TypeScript through tsx, as everywhere): owns its own database connection.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runWriterThread } = await import('./writer-loop.ts');
runWriterThread(parentPort, workerData);
