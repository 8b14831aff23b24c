// Accuracy floors: checked in, only ever raised. `gonghui eval` fails when a metric falls below its floor.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FLOORS_FILE = fileURLToPath(new URL('../../eval/floors.json', import.meta.url));

export type Floors = Record<string, Record<string, number>>;

export function loadFloors(file = FLOORS_FILE): Floors {
  return JSON.parse(readFileSync(file, 'utf8')) as Floors;
}

export interface FloorCheck {
  evaluator: string;
  metric: string;
  value: number;
  floor: number | null;
  ok: boolean;
}

export function checkFloors(evaluator: string, metrics: Record<string, number>, floors: Floors): FloorCheck[] {
  const mine = floors[evaluator] ?? {};
  const checks: FloorCheck[] = Object.entries(metrics).map(([metric, value]) => {
    const floor = mine[metric] ?? null;
    return { evaluator, metric, value, floor, ok: floor === null || value >= floor - 1e-9 };
  });
  // A floor for a metric the evaluator no longer reports is a failure too: floors must not silently vanish.
  for (const [metric, floor] of Object.entries(mine)) {
    if (!(metric in metrics)) checks.push({ evaluator, metric, value: Number.NaN, floor, ok: false });
  }
  return checks;
}
