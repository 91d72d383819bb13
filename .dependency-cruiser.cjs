// Module boundaries, checked by `npm run lint` (and so by `npm test`). See docs/architecture.md.
//   src/shared   the kernel: database, errors, i18n, reference data. Imports nothing above it.
//   src/modules  one folder a capability; others may import only its index.ts (its public face).
//   src/web, src/http, src/app.ts, src/services.ts, src/cli: above the modules, through their faces.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'kernel-stays-at-the-bottom',
      comment: 'src/shared is the kernel: it must not import a module, the web layer or the HTTP layer.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/(modules|web|http|cli)/|^src/(app|services|server)\\.ts$' },
    },
    {
      name: 'no-web-from-modules',
      comment: 'Domain modules sit below the pages: a module never imports src/web.',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: '^src/web/' },
    },
    {
      name: 'no-composition-root-from-modules',
      comment: 'The composition root (services, workers, app, server) sits above the modules; their code never imports it.',
      severity: 'error',
      from: { path: '^src/modules/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(services|workers|app|server)\\.ts$' },
    },
    {
      name: 'module-face-only-between-modules',
      comment: "A module uses another module only through that module's index.ts.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/(?!index\\.ts$)', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'module-face-only-from-outside',
      comment: "Web pages, the composition root, the CLI, tests and benches use a module through its index.ts.",
      severity: 'error',
      from: { pathNot: '^src/modules/' },
      to: { path: '^src/modules/[^/]+/(?!index\\.ts$)' },
    },
    {
      name: 'no-module-cycles',
      comment: 'Modules form a DAG (built in that order in services.ts): a cycle through faces is an error.',
      severity: 'error',
      from: { path: '^src/modules/' },
      // A cycle between modules passes through a module face; cycles among one module's own files
      // (the vocabulary tables and their types, a store and its adapter) are that module's business,
      // and so is the loop a module's routes make through the HTTP auth plugin back to its face.
      to: { circular: true, via: '^src/modules/[^/]+/index\\.ts$', viaNot: '^src/http/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
