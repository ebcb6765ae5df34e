// A user's input that cannot be read (bad JSON, corrupt gzip, no text
// column): reported as an `error` event, never thrown out of readInputs.
export class InputError extends Error {}

/** Errors about the input (ours, system and zlib errors, parser errors with a code) rather than bugs. */
export function isInputError(e: unknown): e is Error & { code?: string } {
  return e instanceof InputError || (e instanceof Error && typeof (e as { code?: unknown }).code === 'string');
}
