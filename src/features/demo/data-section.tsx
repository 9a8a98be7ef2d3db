import { useQueryClient } from '@tanstack/react-query';
import { Button } from '@/features/ui/button';
import { i18n, params, useMessages } from '@/i18n';
import { type DataSet, resetDemoData, setDataSet } from '@/mocks/demo-controls';
import { legendClass, PanelSection, radioClass } from './panel-section';
import { useDemoSnapshot } from './use-demo-snapshot';

const messages = i18n('demo/data-section', {
  title: 'Demo data',
  description: 'Kept in this browser; a reload keeps your changes.',
  legend: 'Data set',
  standard: 'Standard',
  standardHint: 'Ten customers in CH, DE and AT with users, groups, zones and servers.',
  large: 'Large',
  largeHint: 'Adds a customer with 10 000 users and a DNS product with 2 000 zones.',
  loaded: params<{ set: string }>('{set} data set loaded, from fresh data.'),
  reset: 'Reset demo data',
  wasReset: 'Demo data reset to the seed.',
});

const DATA_SETS: readonly DataSet[] = ['standard', 'large'];

export function DataSection({ announce }: { announce: (message: string) => void }) {
  const t = useMessages(messages);
  const { dataSet } = useDemoSnapshot();
  const queryClient = useQueryClient();
  // Everything cached came from the old data: fetch it again.
  const refetch = () => void queryClient.invalidateQueries();

  return (
    <PanelSection title={t.title} description={t.description}>
      <fieldset>
        <legend className={legendClass}>{t.legend}</legend>
        <div className="space-y-2">
          {DATA_SETS.map((option) => (
            <label key={option} className="flex items-start gap-2 text-sm text-slate-800 dark:text-slate-200">
              <input
                type="radio"
                name="demo-data-set"
                value={option}
                className={`${radioClass} mt-0.5`}
                checked={dataSet === option}
                onChange={() => {
                  setDataSet(option);
                  refetch();
                  announce(t.loaded({ set: t[option] }));
                }}
              />
              <span>
                {t[option]}
                <span className="block text-xs text-slate-600 dark:text-slate-400">{t[`${option}Hint`]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <Button
        size="sm"
        onClick={() => {
          resetDemoData();
          refetch();
          announce(t.wasReset);
        }}
      >
        {t.reset}
      </Button>
    </PanelSection>
  );
}
