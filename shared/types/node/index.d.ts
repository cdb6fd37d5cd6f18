// Deliberately empty. Some libraries' typings (papaparse, csv-stringify) say
// `/// <reference types="node" />`; tsconfig.core.json and tsconfig.web.json list this folder
// as their typeRoots, so that reference lands here instead of on @types/node and Node's
// globals (Buffer, process) stay a compile error in shared/ and renderer/.
export {};
