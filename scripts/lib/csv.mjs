// CSV as the data tables use it (RFC 4180: comma separated, double-quoted fields may hold commas,
// quotes and newlines; "" is a quote). Pure and environment-agnostic: the generator runs it in
// Node and the tests run it in browsers.

/**
 * Parses CSV text into rows of objects keyed by the header row. Each row also carries its 1-based
 * line number in the file (`line`), for error messages that name the row.
 * @param {string} text
 * @returns {{ header: string[], rows: Array<{ line: number, values: Record<string, string> }> }}
 */
export function parseCsv(text) {
  const records = [];
  let field = '';
  let record = [];
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1;
      record.push(field);
      records.push({ line: recordLine, fields: record });
      field = '';
      record = [];
      line += 1;
      recordLine = line;
    } else {
      field += char;
    }
  }
  if (quoted) throw new Error(`line ${recordLine}: a quoted field is not closed`);
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push({ line: recordLine, fields: record });
  }
  const nonEmpty = records.filter((entry) => !(entry.fields.length === 1 && entry.fields[0] === ''));
  if (nonEmpty.length === 0) return { header: [], rows: [] };
  const [head, ...body] = nonEmpty;
  const header = head.fields.map((name) => name.trim());
  const rows = body.map(({ line: rowLine, fields }) => {
    if (fields.length !== header.length) {
      throw new Error(`line ${rowLine}: ${fields.length} fields, the header has ${header.length}`);
    }
    return { line: rowLine, values: Object.fromEntries(header.map((name, column) => [name, fields[column]])) };
  });
  return { header, rows };
}

/**
 * Formats rows as CSV with `\n` line ends and a final newline; fields are quoted only when needed,
 * so that a table written back unchanged is byte-identical.
 * @param {string[]} header
 * @param {Array<Record<string, string | undefined>>} rows
 */
export function formatCsv(header, rows) {
  const quote = (value = '') => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const lines = [header.map((name) => quote(name)).join(',')];
  for (const row of rows) lines.push(header.map((name) => quote(row[name] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}
