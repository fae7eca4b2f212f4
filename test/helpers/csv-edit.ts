// Edits a data table's text the way a maintainer would, one cell at a time, so that the generators'
// tests can feed them one bad row and check the file:line:field they name.
import { parseCsv } from '../../scripts/lib/csv.mjs';

/** Changes one cell of a table: the row whose first column is `key`. */
export function editCell(csv: string, key: string, column: string, value: string) {
  const { header, rows } = parseCsv(csv);
  const row = rows.find((candidate) => Object.values(candidate.values)[0] === key);
  if (!row) throw new Error(`no row ${key}`);
  if (!header.includes(column)) throw new Error(`no column ${column}`);
  row.values[column] = value;
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return [header.join(','), ...rows.map((entry) => header.map((name) => quote(entry.values[name])).join(','))].join('\n') + '\n';
}
