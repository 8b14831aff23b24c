import { Command } from 'commander';
import { EVALUATORS } from '../eval/registry.ts';
import { checkFloors, FLOORS_FILE, loadFloors } from '../eval/floors.ts';
import { dbOption, formatOption, type Io, UsageError } from './common.ts';
import { formatRows } from './output-format.ts';

export function evalCommand(io: Io): Command {
  return new Command('eval')
    .description('Measure accuracy on the labelled sets and check eval/floors.json (exit 1 below a floor)')
    .argument('[name]', `evaluator to run, or "all"`, 'all')
    .addOption(formatOption())
    .addOption(dbOption())
    .option('--floors <file>', 'floors file', FLOORS_FILE)
    .action(async (name: string, opts) => {
      const chosen = name === 'all' ? EVALUATORS : EVALUATORS.filter((e) => e.name === name);
      if (chosen.length === 0 && name !== 'all') {
        throw new UsageError(`unknown evaluator "${name}" (known: ${EVALUATORS.map((e) => e.name).join(', ') || 'none yet'}, all)`);
      }
      const floors = loadFloors(opts.floors);
      const rows: Record<string, unknown>[] = [];
      let failed = false;
      for (const evaluator of chosen) {
        const result = await evaluator.run({ db: opts.db });
        if (opts.format === 'table') io.out(`== ${evaluator.name}: ${evaluator.description}\n${result.report.trimEnd()}\n\n`);
        for (const check of checkFloors(evaluator.name, result.metrics, floors)) {
          failed ||= !check.ok;
          rows.push({ evaluator: check.evaluator, metric: check.metric, value: Number(check.value.toFixed(4)), floor: check.floor, status: check.ok ? 'ok' : 'BELOW FLOOR' });
        }
      }
      io.out(formatRows(rows, opts.format, { columns: ['evaluator', 'metric', 'value', 'floor', 'status'] }));
      if (failed) {
        io.err(`gonghui eval: a metric is below its floor in ${opts.floors}\n`);
        io.exit(1);
      }
    });
}
