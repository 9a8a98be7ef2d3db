import { z } from 'zod';
import { i18n, params } from '@/i18n';
import { abuseResource } from '../domain/abuse-resource';
import { domainName, fqdnOrIp } from '../domain/domain-name';
import { customerNumber, userId } from '../domain/identifiers';
import { dotSegmentMessage, isDotSegment } from '../dot-segment';

// Read when a check runs, so a message is in the language of that moment.
const messages = i18n('validation/param-schemas', {
  enter: params<{ what: string }>('Enter {what}'),
  // What `enter` asks for.
  groupName: 'a group name',
  dnsProduct: 'a DNS product id',
  product: 'a product id',
  id: 'an id',
  movie: 'a movie title',
});
type Label = 'groupName' | 'dnsProduct' | 'product' | 'id' | 'movie';

const segment = (label: Label) =>
  z
    .string()
    .trim()
    .min(1, { error: () => messages.get().enter({ what: messages.get()[label] }) })
    .refine((value) => !isDotSegment(value), { error: dotSegmentMessage });

export const noParams = z.object({});
export const customerParams = z.object({ customerNumber });
export const groupParams = z.object({ customerNumber, groupName: segment('groupName') });
export const suffixParams = z.object({ customerNumber, suffix: domainName });
export const userParams = z.object({ userId });
export const productParams = z.object({ productid: segment('dnsProduct') });
export const zoneParams = z.object({ productid: segment('dnsProduct'), zone: domainName });
export const virtualServerParams = z.object({ pid: segment('product') });
export const idParams = z.object({ id: segment('id') });
export const abuseParams = z.object({ resource: abuseResource });
export const hostParams = z.object({ host: fqdnOrIp });
export const movieParams = z.object({ name: segment('movie') });
