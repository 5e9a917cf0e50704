import { InputError } from '@backstage/errors';
import { z } from 'zod/v4';

/** Parses a JSON body with a zod schema; a 400 names the first bad field. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.map(String).join('.') || 'body';
    throw new InputError(`Request body field "${field}": ${issue.message}`);
  }
  return parsed.data;
}
