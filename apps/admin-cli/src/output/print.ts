/** Tables for people, JSON for scripts (D9). */
import Table from 'cli-table3';
import { println, type CliIo } from '../cli-io';

export function printJson(io: CliIo, value: unknown): void {
  println(io, JSON.stringify(value, null, 2));
}

export function printTable(io: CliIo, head: string[], rows: (string | number | boolean | null | undefined)[][]): void {
  // No colours: the output is often piped or pasted into a ticket.
  const table = new Table({ head, style: { head: [], border: [] } });
  for (const row of rows) table.push(row.map((cell) => (cell === null || cell === undefined ? '' : String(cell))));
  println(io, table.toString());
}

/** A document whose shape the CLI does not depend on, as indented `key: value` lines. */
export function printDocument(io: CliIo, value: unknown, indent = ''): void {
  if (value === null || typeof value !== 'object') {
    println(io, `${indent}${String(value)}`);
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (item !== null && typeof item === 'object' && Object.keys(item).length > 0) {
      println(io, `${indent}${key}:`);
      printDocument(io, item, `${indent}  `);
    } else {
      println(io, `${indent}${key}: ${Array.isArray(item) ? '(none)' : JSON.stringify(item)}`);
    }
  }
}
