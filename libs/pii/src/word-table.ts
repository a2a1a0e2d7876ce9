/**
 * A table looked up by a caller's word. It has no prototype: an object literal would also answer
 * for "constructor", "toString" and the like, and a caller may say any word.
 */
export function wordTable<V>(entries: Record<string, V>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}
