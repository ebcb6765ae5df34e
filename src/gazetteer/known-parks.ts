// --parks FILE: a user's list of known parks (CSV or JSON: name, kind,
// province, aliases). Placeholder: the loader is not written yet.
import type { KnownPark } from '../types.js';

/** A bad --parks file: the message names the file and the row. */
export class KnownParksError extends Error {}

export function loadKnownParks(file: string): KnownPark[] {
  throw new KnownParksError(`${file}: --parks is not supported yet`);
}
