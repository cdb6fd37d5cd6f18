/**
 * The layer rules, checked by `npm run lint` (which `npm test` runs). Dependencies point
 * inward: renderer/ and electron/ use shared/, never the other way, and shared/ is pure
 * TypeScript that runs in the main process, the renderer and the CLI alike. Inside shared/
 * the layers are errors < text < domain < features (import, search, exchange, suggest, anchoring,
 * agreement, sync, security, i18n) < contract. Type-only imports count: a cycle of types is still
 * a cycle to untangle. tests/unit/layers.test.ts proves that each rule fails on a bad import.
 */
const SHARED_FEATURES = '(import|search|exchange|suggest|agreement|sync|security|anchoring|i18n)';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles anywhere: a cycle makes load order matter and hides which module owns what.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-is-pure',
      comment: 'shared/ runs everywhere: no Node or Electron module, nothing from electron/ or renderer/, no UI or storage library.',
      severity: 'error',
      from: { path: '^shared/' },
      to: {
        path: [
          '^electron/',
          '^renderer/',
          '(^|/)node_modules/(electron|react|react-dom|zustand|recharts|@tanstack|lowdb|linkedom|mammoth|@mozilla)/',
        ],
      },
    },
    {
      name: 'shared-no-node',
      comment: 'shared/ runs in the renderer too, where node: modules do not exist.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-not-electron',
      comment: 'The renderer reaches the main process only through the contract (window.isnad or HTTP), never by import.',
      severity: 'error',
      from: { path: '^renderer/src/' },
      to: { path: '^electron/' },
    },
    {
      name: 'renderer-no-node',
      comment: 'The renderer is a sandboxed web page: no Node modules.',
      severity: 'error',
      from: { path: '^renderer/src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'electron-module-only-in-shell',
      comment:
        'Only the Electron shell (electron/main, electron/preload) imports `electron`; services, host and CLI run in plain Node. (ensure-electron.mjs asks the package where its binary is, before `npm start`.)',
      severity: 'error',
      from: { pathNot: ['^electron/(main|preload)/', '^electron/ensure-electron\\.mjs$'] },
      to: { path: ['(^|/)node_modules/electron/', '^electron$'] },
    },
    {
      name: 'services-below-shells',
      comment: 'electron/services is the Node core; the shells (main, preload, host, cli) use it, not the other way.',
      severity: 'error',
      from: { path: '^electron/services/' },
      to: { path: '^electron/(main|preload|host|cli)/' },
    },
    {
      name: 'shared-errors-at-the-bottom',
      severity: 'error',
      from: { path: '^shared/errors\\.ts$' },
      to: { path: '^shared/' },
    },
    {
      name: 'shared-text-below-domain',
      comment: 'text/ knows strings and offsets, not annotations or features.',
      severity: 'error',
      from: { path: '^shared/text/' },
      // Errors are thrown coded (docs/I18N.md): the catalog of messages is vocabulary, like errors.ts.
      to: { path: '^shared/', pathNot: '^shared/(text/|errors\\.ts$|error-text\\.ts$|i18n/)' },
    },
    {
      name: 'shared-domain-below-features',
      comment: 'domain/ holds the corpus model; features (search, suggest…) build on it, not it on them.',
      severity: 'error',
      from: { path: '^shared/domain/' },
      to: { path: '^shared/', pathNot: '^shared/(domain/|text/|errors\\.ts$|error-text\\.ts$|input-errors\\.ts$|i18n/)' },
    },
    {
      name: 'shared-contract-on-top',
      comment: 'The contract speaks about every feature; no feature depends on the contract (move the type down instead).',
      severity: 'error',
      from: { path: `^shared/(errors\\.ts$|text/|domain/|${SHARED_FEATURES}/)` },
      to: { path: '^shared/contract/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^out/', '^dist/'] },
    moduleSystems: ['es6', 'cjs'],
  },
};
