/**
 * Pothos refs built in loops from an EntitySpec cannot carry per-field types; the row shapes they resolve are the
 * generated database rows, checked where rows meet typed code.
 */
// biome-ignore lint/suspicious/noExplicitAny: see above
export type AnyRef = any;
