import { stringify } from 'csv-stringify/sync';
import { Response } from 'express';

/** Sends rows as a CSV download with a header line of the given columns. */
export function sendCsv(
  res: Response,
  filename: string,
  rows: Array<Record<string, unknown>>,
  columns: readonly string[],
): void {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.send(stringify(rows, { header: true, columns: [...columns] }));
}
