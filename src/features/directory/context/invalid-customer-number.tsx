import { Link } from '@tanstack/react-router';
import { backLinkClass, InvalidPathParam } from '@/features/ui/route-states';

/** `/directory/<not a customer number>/…`: said where the user typed it; nothing is requested. */
export function InvalidDirectoryCustomer({ value }: { value: string }) {
  return (
    <InvalidPathParam
      title="Not a customer number"
      value={value}
      rule="is not a customer number: a customer number has 8 digits, e.g. 00000005."
      back={
        <Link to="/directory" className={backLinkClass}>
          Choose a customer
        </Link>
      }
    />
  );
}
