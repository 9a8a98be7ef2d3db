import { useEffect, useId, useRef, useState } from 'react';
import type { ApiCallEvent } from '@/api/call-events';
import { Button } from '@/features/ui/button';
import { ConfirmDialog } from '@/features/ui/confirm-dialog';
import { downloadBlob, fileStamp } from '@/features/ui/download';
import { count, i18n, params, useMessages } from '@/i18n';
import { fromHar, toHar, toJsonExport } from './har';

const messages = i18n('request-log/log-export-bar', {
  selectFirst: 'Select calls to export first.',
  selectAllShown: params<{ count: number }>('Select all shown ({count})'),
  exportHar: 'Export as HAR',
  exportHarCount: params<{ count: number }>('Export {count} as HAR'),
  exportJson: 'Export as JSON',
  exportJsonCount: params<{ count: number }>('Export {count} as JSON'),
  importHar: 'Import HAR…',
  clear: 'Clear',
  nothingToClear: 'The log is empty.',
  confirmTitle: 'Clear the request log?',
  confirmLabel: 'Clear the log',
  confirmText: count({
    one: 'The one call this tab has logged is removed. Export it first if you need it.',
    other: 'The {count} calls this tab has logged are removed. Export them first if you need them.',
  }),
});

/** `4b42-calls-2026-12-02-0615` */
const fileStem = () => `4b42-calls-${fileStamp()}`;

export function exportHar(calls: readonly ApiCallEvent[]): void {
  const har = JSON.stringify(toHar(calls), null, 2);
  downloadBlob(new Blob([har], { type: 'application/json' }), `${fileStem()}.har`);
}

export function exportJson(calls: readonly ApiCallEvent[]): void {
  downloadBlob(new Blob([toJsonExport(calls)], { type: 'application/json' }), `${fileStem()}.json`);
}

/**
 * Selection and what to do with it: select every shown call, export the selected ones as a
 * sanitised HAR 1.2 file or as JSON, import a HAR file from elsewhere, clear the log.
 */
export function LogExportBar({
  shown,
  selected,
  onSelectShown,
  onImport,
  onClear,
  logged,
}: {
  shown: readonly ApiCallEvent[];
  selected: readonly ApiCallEvent[];
  onSelectShown: (select: boolean) => void;
  onImport: (name: string, calls: ApiCallEvent[]) => void;
  onClear?: () => void;
  /** How many calls the tab's own log holds (Clear removes them). */
  logged: number;
}) {
  const t = useMessages(messages);
  const fileId = useId();
  const allBox = useRef<HTMLInputElement>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [confirmingClear, setConfirmingClear] = useState(false);
  const selectedIds = new Set(selected.map((c) => c.id));
  const shownSelected = shown.filter((c) => selectedIds.has(c.id)).length;
  const reason = selected.length === 0 ? t.selectFirst : null;

  useEffect(() => {
    if (allBox.current) allBox.current.indeterminate = shownSelected > 0 && shownSelected < shown.length;
  });

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const calls = fromHar(await file.text());
      setImportError(null);
      onImport(file.name, calls);
    } catch (error) {
      setImportError(`${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <label className="mr-auto inline-flex items-center gap-2 text-sm text-slate-800 dark:text-slate-200">
          <input
            ref={allBox}
            type="checkbox"
            className="h-4 w-4 accent-teal-700"
            checked={shown.length > 0 && shownSelected === shown.length}
            disabled={shown.length === 0}
            onChange={(e) => onSelectShown(e.target.checked)}
          />
          {t.selectAllShown({ count: shown.length })}
        </label>
        <Button size="sm" disabledReason={reason} onClick={() => exportHar(selected)}>
          {selected.length ? t.exportHarCount({ count: selected.length }) : t.exportHar}
        </Button>
        <Button size="sm" disabledReason={reason} onClick={() => exportJson(selected)}>
          {selected.length ? t.exportJsonCount({ count: selected.length }) : t.exportJson}
        </Button>
        <label
          htmlFor={fileId}
          className="inline-flex cursor-pointer items-center rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-teal-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
        >
          {t.importHar}
          <input
            id={fileId}
            type="file"
            accept=".har,.json,application/json"
            className="sr-only"
            onChange={(e) => {
              void readFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
        {onClear && (
          <>
            {/* Asks first, as the audit does: the log may be the only record of a failure. */}
            <Button
              size="sm"
              variant="danger-quiet"
              disabledReason={logged === 0 ? t.nothingToClear : null}
              onClick={() => setConfirmingClear(true)}
            >
              {t.clear}
            </Button>
            <ConfirmDialog
              open={confirmingClear}
              onClose={() => setConfirmingClear(false)}
              title={t.confirmTitle}
              confirmLabel={t.confirmLabel}
              onConfirm={() => {
                onClear();
                setConfirmingClear(false);
              }}
            >
              {t.confirmText(logged)}
            </ConfirmDialog>
          </>
        )}
      </div>
      {importError && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {importError}
        </p>
      )}
    </div>
  );
}
