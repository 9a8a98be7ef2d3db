import { Link } from '@tanstack/react-router';
import { backLinkClass, InvalidPathParam } from '@/features/ui/route-states';
import { i18n, useMessages } from '@/i18n';

const messages = i18n('directory/invalid-customer-number', {
  title: 'Not a customer number',
  rule: 'is not a customer number: a customer number has 8 digits, e.g. 00000005.',
  choose: 'Choose a customer',
});

/** `/directory/<not a customer number>/…`: said where the user typed it; nothing is requested. */
export function InvalidDirectoryCustomer({ value }: { value: string }) {
  const t = useMessages(messages);
  return (
    <InvalidPathParam
      title={t.title}
      value={value}
      rule={t.rule}
      back={
        <Link to="/directory" className={backLinkClass}>
          {t.choose}
        </Link>
      }
    />
  );
}
