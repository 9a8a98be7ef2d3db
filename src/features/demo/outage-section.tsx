import { Field as HeadlessField, Label, Switch } from '@headlessui/react';
import { useEffect, useState } from 'react';
import { inputClass } from '@/features/ui/class-names';
import { Field } from '@/features/ui/field';
import { formatNumber, i18n, params, useMessages } from '@/i18n';
import { setLatency, setMaintenance } from '@/mocks/demo-controls';
import { PanelSection } from './panel-section';
import { useDemoSnapshot } from './use-demo-snapshot';

const MAX_LATENCY_MS = 60_000;

const messages = i18n('demo/outage-section', {
  title: 'Outage and speed',
  maintenance: 'Maintenance mode',
  maintenanceHint: '(503 maintenance for every call, Retry-After 60 s)',
  on: 'Maintenance mode on.',
  off: 'Maintenance mode off.',
  latency: 'Latency in milliseconds',
  latencyHint: 'Every answer waits this long. Empty: the default of 80–250 ms.',
  latencyError: params<{ max: string }>('Enter whole milliseconds from 0 to {max}'),
});

const SWITCH_CLASS =
  'group relative inline-flex h-6 w-11 shrink-0 items-center rounded-full bg-slate-300 transition-colors ' +
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 ' +
  'data-checked:bg-red-600 dark:bg-slate-600 dark:data-checked:bg-red-500';
const KNOB_CLASS =
  'inline-block h-4 w-4 translate-x-1 rounded-full bg-white shadow transition-transform ' +
  'group-data-checked:translate-x-6';

export function OutageSection({ announce }: { announce: (message: string) => void }) {
  const t = useMessages(messages);
  const { faults } = useDemoSnapshot();
  const [latency, setLatencyText] = useState(faults.latencyMs === null ? '' : String(faults.latencyMs));
  const latencyValue = latency.trim() === '' ? null : Number(latency);
  // Follow changes made elsewhere (tests, "clear all"), without fighting the text being typed.
  useEffect(() => {
    setLatencyText((text) => {
      const typed = text.trim() === '' ? null : Number(text);
      return typed === faults.latencyMs ? text : faults.latencyMs === null ? '' : String(faults.latencyMs);
    });
  }, [faults.latencyMs]);
  const latencyError =
    latencyValue !== null &&
    (!Number.isInteger(latencyValue) || latencyValue < 0 || latencyValue > MAX_LATENCY_MS)
      ? t.latencyError({ max: formatNumber(MAX_LATENCY_MS) })
      : undefined;

  return (
    <PanelSection title={t.title}>
      <HeadlessField className="flex items-center justify-between gap-3">
        <Label className="text-sm text-slate-800 dark:text-slate-200">
          {t.maintenance} <span className="text-slate-600 dark:text-slate-400">{t.maintenanceHint}</span>
        </Label>
        <Switch
          checked={faults.maintenance}
          onChange={(on: boolean) => {
            setMaintenance(on, 60);
            announce(on ? t.on : t.off);
          }}
          className={SWITCH_CLASS}
        >
          <span className={KNOB_CLASS} />
        </Switch>
      </HeadlessField>
      <Field label={t.latency} hint={t.latencyHint} error={latencyError}>
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_LATENCY_MS}
            step={50}
            placeholder="80–250"
            className={inputClass}
            value={latency}
            onChange={(event) => {
              const text = event.target.value;
              setLatencyText(text);
              const value = text.trim() === '' ? null : Number(text);
              if (value === null || (Number.isInteger(value) && value >= 0 && value <= MAX_LATENCY_MS)) {
                setLatency(value);
              }
            }}
          />
        )}
      </Field>
    </PanelSection>
  );
}
