import { formatNumber } from '@/i18n';
/**
 * `2026-12-02-0615`: when a download was made, in the user's time zone, for its file name. Sorts
 * by time and holds no ":" (not allowed in file names everywhere).
 */
export function fileStamp(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
}

/** Saves a blob under a file name through a temporary object URL. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later rather than now: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "1.5 KB" / "1,5 KB": the units are the same in every language, the decimal mark is not. */
export function formatBytes(bytes: number): string {
  const one = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, one)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), one)} MB`;
}
