import { z } from 'zod';
import { abuseResource } from '../domain/abuse-resource';
import { domainName, fqdnOrIp } from '../domain/domain-name';
import { customerNumber, userId } from '../domain/identifiers';
import { DOT_SEGMENT_MESSAGE, isDotSegment } from '../endpoint';

const segment = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${label}`)
    .refine((value) => !isDotSegment(value), DOT_SEGMENT_MESSAGE);

export const noParams = z.object({});
export const customerParams = z.object({ customerNumber });
export const groupParams = z.object({ customerNumber, groupName: segment('a group name') });
export const suffixParams = z.object({ customerNumber, suffix: domainName });
export const userParams = z.object({ userId });
export const productParams = z.object({ productid: segment('a DNS product id') });
export const zoneParams = z.object({ productid: segment('a DNS product id'), zone: domainName });
export const virtualServerParams = z.object({ pid: segment('a product id') });
export const idParams = z.object({ id: segment('an id') });
export const abuseParams = z.object({ resource: abuseResource });
export const hostParams = z.object({ host: fqdnOrIp });
export const movieParams = z.object({ name: segment('a movie title') });
