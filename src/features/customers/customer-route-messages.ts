import { i18n, params } from '@/i18n';

// Its own module: route heads (in the first load) read the titles without pulling in the kit.
/** What the customer routes show when loading failed: the kit's route states, worded for customers. */
export const customerRouteMessages = i18n('customers/customer-route-states', {
  back: 'Back to all customers',
  customers: 'Customers',
  theCustomers: 'the customers',
  listForbidden: 'The customers could not be loaded',
  customer: params<{ customer: string }>('Customer {customer}'),
  theCustomer: 'the customer',
  notFound: 'No such customer',
  forbidden: 'This key may not see this customer',
  onlyReaches: 'This key only reaches customer',
  otherPaths: ': the API answers every other customer’s paths with 403.',
  notANumber: 'Not a customer number',
  notANumberRule: params<{ rule: string }>('is not a customer number. {rule}.'),
  loadingList: 'Loading customers…',
  loadingCustomer: 'Loading the customer…',
});
