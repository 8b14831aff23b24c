// Who may import whom (src/README.md), checked: `npm run lint:imports`, and test/architecture.test.ts makes
// `npm test` fail on a violation. Paths are relative to the folder cruised from (the repository root).
// Fix a violation rather than exempting it; a genuine exception goes here with its reason.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'model-imports-nothing-of-ours',
      comment: 'model/ is the vocabulary everyone speaks: it may use npm packages, never another folder of ours.',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { path: '^src/', pathNot: '^src/model/' },
    },
    {
      name: 'stages-are-pure',
      comment:
        'Stages do no I/O and run on worker threads: they never reach the store, acquisition, the runner, commands, the report, training or the evaluators.',
      severity: 'error',
      from: { path: '^src/stages/' },
      to: { path: '^src/(store|acquire|pipeline|commands|report|training|eval)/' },
    },
    {
      name: 'store-and-report-know-no-running',
      comment:
        'The output end and the report read and write model types; they do not know how a run works or what a stage does.',
      severity: 'error',
      from: { path: '^src/(store|report)/' },
      to: { path: '^src/(pipeline|stages)/' },
    },
    {
      name: 'acquire-is-an-end',
      comment:
        'acquire/ hands sources to the runner; it does not write the database, drive the run or parse options. (It may use the pure helpers of stages/decode and stages/extract to follow pagination.)',
      severity: 'error',
      from: { path: '^src/acquire/' },
      to: { path: '^src/(store|pipeline|commands|report|training)/' },
    },
    {
      name: 'acquire-uses-only-decode-and-extract-stages',
      comment:
        'Of the stages, acquire needs only the charset choice (decode) and the link finders (extract) on page 1.',
      severity: 'error',
      from: { path: '^src/acquire/' },
      to: { path: '^src/stages/', pathNot: '^src/stages/(decode|extract)/' },
    },
    {
      name: 'only-the-cli-imports-commands',
      comment:
        'Commands are thin shells over library functions; nothing but cli.ts and other commands may depend on them.',
      severity: 'error',
      from: { pathNot: '^src/(cli[.]ts$|commands/)' },
      to: { path: '^src/commands/' },
    },
    {
      name: 'no-folder-cycles',
      comment: 'Folders depend one way: a cycle between two folders means one of them holds the wrong thing.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-module-cycles',
      comment: 'A module cycle makes load order matter and hides which file owns an idea.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to nothing would let a rule pass unnoticed.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are arrows too: a stage that imports a store type still depends on the store's shape.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.mjs', '.js', '.json'],
      // Packages' subpath exports (csv-parse/sync, tsx/esm/api) resolve as Node resolves them.
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
