// Public API of kcn-extract.
export { extract, type Extraction } from './extract.js';
export { toRecord } from './record/build.js';
export { recordSchema, RECORD_FIELDS, type KcnRecord } from './record/schema.js';
export type * from './types.js';
