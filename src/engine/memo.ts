/**
 * Remembers a pure function's answers for strings, up to `max` distinct inputs. A register repeats a
 * handful of treatment words, statuses and control ids across thousands of rows; reading each one
 * once saves most of the normalising. Past `max` entries, answers are computed but not stored, so a
 * hostile file of unique values cannot grow memory without bound.
 */
export function memoize<T>(fn: (value: string) => T, max = 4096): (value: string) => T {
  const cache = new Map<string, T>();
  return (value) => {
    const hit = cache.get(value);
    if (hit !== undefined || cache.has(value)) return hit as T;
    const result = fn(value);
    if (cache.size < max) cache.set(value, result);
    return result;
  };
}
