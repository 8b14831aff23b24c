// Loads a module next to a worker entry point: its compiled `.js` when the entry runs from dist/ (where the
// build put one), else its `.ts` through tsx, registered on this thread only when needed (≈0.3 s of start-up).
import { existsSync } from 'node:fs';

export async function loadSibling(entryUrl, name) {
  const compiled = new URL(`./${name}.js`, entryUrl);
  if (existsSync(compiled)) return import(compiled.href);
  const { register } = await import('tsx/esm/api');
  register();
  return import(new URL(`./${name}.ts`, entryUrl).href);
}
