import { z } from 'zod';
import { defineEndpoint } from '../endpoint';
import { groupCreateBody, groupUpdateBody, suffixBody, userCreateBody, userUpdateBody } from './body-schemas';
import { customerParams, groupParams, suffixParams, userParams } from './param-schemas';
import {
  acknowledged,
  apiDate,
  booleanish,
  deleted,
  listOf,
  numberish,
  optionalText,
} from './response-schemas';

/** The docs' group list example is `[]`: items may be names or objects. */
export const groupSummary = z.union([
  z.string().transform((name) => ({ name, dn: undefined as string | undefined })),
  z.looseObject({ name: z.string(), dn: optionalText }),
]);

export const groupDetail = z.looseObject({
  name: z.string(),
  members: listOf(z.string())
    .nullish()
    .transform((m) => m ?? []),
  dn: optionalText,
});

export const suffixItem = z.looseObject({
  id: z.union([numberish, z.string()]).optional(),
  created: z.string().nullish(),
  description: optionalText,
  suffix: z.string(),
  uid: numberish.nullish(),
  configured: booleanish.nullish(),
});

export const userSummary = z.looseObject({
  name: optionalText,
  lastname: optionalText,
  firstname: optionalText,
  username: optionalText,
  upn: optionalText,
  dn: optionalText,
  id: z.string(),
});

export const userDetail = z.looseObject({
  name: optionalText,
  lastname: optionalText,
  firstname: optionalText,
  username: optionalText,
  upn: optionalText,
  id: optionalText,
  dn: optionalText,
  created: apiDate.nullish(),
  modified: apiDate.nullish(),
});

/** The create answer carries the password: the generated one is shown once. */
export const userCreated = z.looseObject({
  lastname: optionalText,
  firstname: optionalText,
  password: optionalText,
  customernumber: optionalText,
  displayname: optionalText,
  name: optionalText,
  username: optionalText,
  upn: optionalText,
  passwordNeverExpires: booleanish.nullish(),
});

export const directoryEndpoints = [
  defineEndpoint({
    id: 'group.list',
    area: 'directory',
    method: 'GET',
    path: '/v1/customer/group/{customerNumber}',
    summary: 'List all groups of current customer',
    edition: 'current',
    params: customerParams,
    response: listOf(groupSummary),
  }),
  defineEndpoint({
    id: 'group.get',
    area: 'directory',
    method: 'GET',
    path: '/v1/customer/group/{customerNumber}/{groupName}',
    summary: 'List details of selected group',
    edition: 'current',
    params: groupParams,
    response: groupDetail,
  }),
  defineEndpoint({
    id: 'group.create',
    area: 'directory',
    method: 'POST',
    path: '/v1/customer/group/{customerNumber}',
    summary: 'Create new group',
    edition: 'current',
    params: customerParams,
    body: groupCreateBody,
    response: z.looseObject({ name: z.string(), guid: optionalText }),
  }),
  defineEndpoint({
    id: 'group.update',
    area: 'directory',
    method: 'PUT',
    path: '/v1/customer/group/{customerNumber}/{groupName}',
    summary: 'Update details of a group',
    edition: 'current',
    params: groupParams,
    body: groupUpdateBody,
    response: groupDetail,
    docNote: 'The members sent replace the existing list.',
  }),
  defineEndpoint({
    id: 'group.delete',
    area: 'directory',
    method: 'DELETE',
    path: '/v1/customer/group/{customerNumber}/{groupName}',
    // The docs say "Remove a specified user" here, a copy from the user endpoint.
    summary: 'Remove a specified group',
    edition: 'current',
    params: groupParams,
    response: deleted,
  }),
  defineEndpoint({
    id: 'suffix.list',
    area: 'directory',
    method: 'GET',
    path: '/v1/customer/suffix/{customerNumber}',
    summary: 'List all UPN-Suffixes for user login names',
    edition: 'current',
    params: customerParams,
    response: listOf(suffixItem),
    docNote: 'The documented example is one object, not a list: both are accepted.',
  }),
  defineEndpoint({
    id: 'suffix.create',
    area: 'directory',
    method: 'POST',
    path: '/v1/customer/suffix/{customerNumber}',
    summary: 'Add new suffix for users user principal name for login',
    edition: 'current',
    params: customerParams,
    body: suffixBody,
    response: z.looseObject({ id: z.union([z.string(), z.number()]).optional(), created: optionalText }),
  }),
  defineEndpoint({
    id: 'suffix.delete',
    area: 'directory',
    method: 'DELETE',
    path: '/v1/customer/suffix/{customerNumber}/{suffix}',
    summary: 'Remove a specified UPN suffix',
    edition: 'current',
    params: suffixParams,
    response: deleted,
  }),
  defineEndpoint({
    id: 'user.list',
    area: 'directory',
    method: 'GET',
    path: '/v1/customer/user/{customerNumber}',
    summary: 'List all users of current customer',
    edition: 'current',
    params: customerParams,
    response: listOf(userSummary),
    docNote: 'Same path shape as “GET User”: an 8-digit customer number lists users.',
  }),
  defineEndpoint({
    id: 'user.get',
    area: 'directory',
    method: 'GET',
    path: '/v1/customer/user/{userId}',
    summary: 'List details of selected user',
    edition: 'current',
    params: userParams,
    response: userDetail,
    docNote: 'Same path shape as “GET Users”: a user id looks like 12345678_1234.',
  }),
  defineEndpoint({
    id: 'user.create',
    area: 'directory',
    method: 'POST',
    path: '/v1/customer/user/{customerNumber}',
    summary: 'Create new user',
    edition: 'current',
    params: customerParams,
    body: userCreateBody,
    response: userCreated,
  }),
  defineEndpoint({
    id: 'user.update',
    area: 'directory',
    method: 'PUT',
    path: '/v1/customer/user/{userId}',
    // The docs say "Update details of a customer" here, a copy from the customer endpoint.
    summary: 'Update details of a user',
    edition: 'current',
    params: userParams,
    body: userUpdateBody,
    response: acknowledged,
    docNote: 'Documented to answer `[]`.',
  }),
  defineEndpoint({
    id: 'user.delete',
    area: 'directory',
    method: 'DELETE',
    path: '/v1/customer/user/{userId}',
    summary: 'Remove a specified user',
    edition: 'current',
    params: userParams,
    response: deleted,
  }),
] as const;
