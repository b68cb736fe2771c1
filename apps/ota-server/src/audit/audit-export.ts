import { Readable } from 'node:stream';
import type { AuditEntryDto } from './dto/audit-entry.dto';

export const AUDIT_EXPORT_FORMATS = ['ndjson', 'csv'] as const;
export type AuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPE: Record<AuditExportFormat, string> = {
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

const CSV_COLUMNS = ['seq', 'at', 'actor', 'action', 'target', 'summary', 'prevHash', 'hash'] as const;

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvLine(e: AuditEntryDto): string {
  return CSV_COLUMNS.map((c) => csvField(c === 'summary' ? JSON.stringify(e.summary) : String(e[c]))).join(',') + '\r\n';
}

/** The entries as a stream of NDJSON lines or CSV rows (with a header), produced page by page as it is read. */
export function auditExportStream(entries: AsyncIterable<AuditEntryDto>, format: AuditExportFormat): Readable {
  async function* lines(): AsyncGenerator<string> {
    if (format === 'csv') yield CSV_COLUMNS.join(',') + '\r\n';
    for await (const e of entries) yield format === 'csv' ? csvLine(e) : JSON.stringify(e) + '\n';
  }
  return Readable.from(lines());
}
