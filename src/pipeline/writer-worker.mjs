// Writer-thread entry (compiled JavaScript in dist/, TypeScript through tsx in src/): owns its own database
// connection. It imports the store and nothing of the stages, so no dictionary is loaded on this thread.
import { parentPort, workerData } from 'node:worker_threads';
import { loadSibling } from './load-sibling.mjs';

const { runWriterThread } = await loadSibling(import.meta.url, 'writer-loop');
runWriterThread(parentPort, workerData);
