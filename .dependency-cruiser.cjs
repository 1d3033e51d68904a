// Import direction, enforced (issue 15; STYLE.md): <view> → common, app → shared; worker → shared;
// cli → shared; page code never imports the worker; shared imports nothing above it; no view
// imports another view; no circles. `npm run lint` runs it; test/unit/lint-rules.test.ts shows
// each rule firing on a wrong-way import.

const VIEWS = 'workbench|compare|dynamics|uncertainty|training|evaluation|library|village';
const PAGE = `^web/(app|common|${VIEWS})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import circles: a module may not reach itself through its imports.',
      from: { path: '^web/' },
      to: { circular: true },
    },
    {
      name: 'page-not-worker',
      severity: 'error',
      comment: 'Page code never imports worker code (not even its types): the contract types live in web/shared/model.',
      from: { path: PAGE },
      to: { path: '^web/worker/' },
    },
    {
      name: 'shared-imports-nothing-above',
      severity: 'error',
      comment: 'web/shared runs on both threads and in Node: it imports no page, worker or command-line module.',
      from: { path: '^web/shared/' },
      to: { path: `^web/(app|common|worker|cli|${VIEWS})/` },
    },
    {
      name: 'shared-model-below-analysis',
      severity: 'error',
      comment: 'Inside shared: model is the bottom layer (schema, compile, decode, core access); analysis and survey build on it.',
      from: { path: '^web/shared/(model|io)/' },
      to: { path: '^web/shared/(analysis|survey)/' },
    },
    {
      name: 'no-view-to-view',
      severity: 'error',
      comment: 'A view folder imports no other view folder; what two views share belongs in web/common or web/app.',
      from: { path: `^web/(${VIEWS})/` },
      to: { path: `^web/(${VIEWS})/`, pathNot: '^web/$1/' },
    },
    {
      name: 'common-not-views',
      severity: 'error',
      comment: 'web/common serves every view and imports none of them (nor the shell that routes to them).',
      from: { path: '^web/common/' },
      to: { path: `^web/(${VIEWS})/|^web/app/plc-app\\.ts$` },
    },
    {
      name: 'app-only-shell-imports-views',
      severity: 'error',
      comment: 'Of web/app only the shell (plc-app.ts) imports the views, to route to them.',
      from: { path: '^web/app/', pathNot: '^web/app/plc-app\\.ts$' },
      to: { path: `^web/(${VIEWS})/` },
    },
    {
      name: 'worker-only-shared',
      severity: 'error',
      comment: 'Worker code imports shared code and the Wasm core, nothing of the page or the command line.',
      from: { path: '^web/worker/' },
      to: { path: `^web/(app|common|cli|${VIEWS})/` },
    },
    {
      name: 'cli-only-shared',
      severity: 'error',
      comment: 'The command line imports shared code and the Wasm core, nothing of the page or the worker.',
      from: { path: '^web/cli/' },
      to: { path: `^web/(app|common|worker|${VIEWS})/` },
    },
    {
      name: 'no-fixtures-in-page',
      severity: 'error',
      comment: 'Components do not import fixtures/ directly: one module (web/common/bundled-data.ts) reads the bundled data.',
      from: { path: `^web/(${VIEWS})/` },
      to: { path: '^fixtures/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(web/wasm|web/locales|dist|node_modules)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.json'] },
  },
};
