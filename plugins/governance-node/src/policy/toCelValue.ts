/**
 * Converts plain JSON-like data to CEL input: objects become maps, whole
 * numbers become CEL ints (bigint) so that `retentionDays > 7` compares ints,
 * other numbers stay doubles.
 */
export function toCelValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toCelValue);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    return new Map(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, toCelValue(v)]),
    );
  }
  if (typeof value === 'number' && Number.isInteger(value))
    return BigInt(value);
  return value;
}
