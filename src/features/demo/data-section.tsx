import { useQueryClient } from '@tanstack/react-query';
import { type DataSet, resetDemoData, setDataSet } from '@/mocks/demo-controls';
import { Button } from '../ui/button';
import { legendClass, PanelSection, radioClass } from './panel-section';
import { useDemoSnapshot } from './use-demo-snapshot';

const DATA_SETS: ReadonlyArray<{ value: DataSet; label: string; hint: string }> = [
  {
    value: 'standard',
    label: 'Standard',
    hint: 'Ten customers in CH, DE and AT with users, groups, zones and servers.',
  },
  {
    value: 'large',
    label: 'Large',
    hint: 'Adds a customer with 10 000 users and a DNS product with 2 000 zones.',
  },
];

export function DataSection({ announce }: { announce: (message: string) => void }) {
  const { dataSet } = useDemoSnapshot();
  const queryClient = useQueryClient();
  // Everything cached came from the old data: fetch it again.
  const refetch = () => void queryClient.invalidateQueries();

  return (
    <PanelSection title="Demo data" description="Kept in this browser; a reload keeps your changes.">
      <fieldset>
        <legend className={legendClass}>Data set</legend>
        <div className="space-y-2">
          {DATA_SETS.map((option) => (
            <label
              key={option.value}
              className="flex items-start gap-2 text-sm text-slate-800 dark:text-slate-200"
            >
              <input
                type="radio"
                name="demo-data-set"
                value={option.value}
                className={`${radioClass} mt-0.5`}
                checked={dataSet === option.value}
                onChange={() => {
                  setDataSet(option.value);
                  refetch();
                  announce(`${option.label} data set loaded, from fresh data.`);
                }}
              />
              <span>
                {option.label}
                <span className="block text-xs text-slate-600 dark:text-slate-400">{option.hint}</span>
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
          announce('Demo data reset to the seed.');
        }}
      >
        Reset demo data
      </Button>
    </PanelSection>
  );
}
