// Worker-thread entry: TypeScript is loaded through tsx here too, so a fresh clone needs no build step.
import { register } from 'tsx/esm/api';

register();
const task = await import('./pool-task.ts');
export default task.default;
