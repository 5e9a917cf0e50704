/** True for a unique-constraint violation, on PostgreSQL or SQLite. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (
    e.code === '23505' || /UNIQUE constraint failed/i.test(e.message ?? '')
  );
}
