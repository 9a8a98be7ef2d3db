import { z } from 'zod';
import { userCreateBody } from '@/api/catalogue/body-schemas';
import { generatePassword } from '@/api/domain/password';
import type { UserCreateBody, UserUpdateBody } from '@/api/queries/directory';
import { i18n } from '@/i18n';
import { joinUpn, splitUpn, upnLocalPartIssue } from './upn';

// Read during validation, so the message follows the current language.
const messages = i18n('directory/user-form-schema', {
  pickSuffix: 'Pick one of this customer’s UPN suffixes',
  typePassword: 'Type the password, or choose to generate one',
});

/** What the user forms hold: the UPN in two halves, the password and how it is chosen. */
export interface UserFormValues {
  firstname: string;
  lastname: string;
  upnLocal: string;
  upnSuffix: string;
  /** `generate`: the console generates a strong one and shows it once, after saving. */
  passwordMode: 'generate' | 'type';
  password: string;
}

export const USER_FORM_FIELDS = ['firstname', 'lastname', 'upnLocal', 'upnSuffix', 'password'] as const;

/** The API's field names (and the codes that mean one field) → the form's. */
export const USER_FIELD_ALIASES = { upn: 'upnLocal', name: 'lastname', displayname: 'lastname' } as const;
export const USER_CODE_FIELDS = { UPN_ALREADY_EXIST: 'upn' } as const;

export const EMPTY_USER: UserFormValues = {
  firstname: '',
  lastname: '',
  upnLocal: '',
  upnSuffix: '',
  passwordMode: 'generate',
  password: '',
};

type Ctx = z.RefinementCtx;

function checkUpn(v: Pick<UserFormValues, 'upnLocal' | 'upnSuffix'>, ctx: Ctx, required: boolean) {
  if (!required && v.upnLocal.trim() === '') return;
  const issue = upnLocalPartIssue(v.upnLocal);
  if (issue) ctx.addIssue({ code: 'custom', path: ['upnLocal'], message: issue });
  if (!v.upnSuffix)
    ctx.addIssue({
      code: 'custom',
      path: ['upnSuffix'],
      message: messages.get().pickSuffix,
    });
}

// The docs state no password rule (the API generates one when none is sent): the console's rule
// only warns (`PasswordChoice`), and the API's own refusal lands on the field.
function checkPassword(v: Pick<UserFormValues, 'passwordMode' | 'password'>, ctx: Ctx) {
  if (v.passwordMode === 'type' && v.password === '')
    ctx.addIssue({ code: 'custom', path: ['password'], message: messages.get().typePassword });
}

const formFields = {
  firstname: userCreateBody.shape.firstname,
  lastname: userCreateBody.shape.lastname,
  upnLocal: z.string(),
  upnSuffix: z.string(),
  passwordMode: z.enum(['generate', 'type']),
  password: z.string(),
};

/**
 * The catalogue's POST body rules (names), plus what the form adds: the UPN's local part and
 * suffix, and a password when the user chose to type one. The output is the body to send. A
 * generated password is made here, in the last validation before sending, so the page knows the
 * password it sent even if the API's answer does not echo it.
 */
export const userCreateFormSchema = z
  .object(formFields)
  .superRefine((v, ctx) => {
    checkUpn(v, ctx, false);
    checkPassword(v, ctx);
  })
  .transform(
    (v): UserCreateBody => ({
      lastname: v.lastname,
      firstname: v.firstname,
      upn: v.upnLocal.trim() ? joinUpn(v.upnLocal, v.upnSuffix) : undefined,
      password: v.passwordMode === 'type' ? v.password : generatePassword(),
    }),
  );

/** Edit: names and UPN only (the password has its own reset); the UPN can be changed but not emptied. */
export const userEditFormSchema = z
  .object({
    firstname: formFields.firstname,
    lastname: formFields.lastname,
    upnLocal: z.string(),
    upnSuffix: z.string(),
  })
  .superRefine((v, ctx) => checkUpn(v, ctx, true));

export type UserEditValues = Pick<UserFormValues, 'firstname' | 'lastname' | 'upnLocal' | 'upnSuffix'>;

/** A user as the edit form holds it: the UPN in its two halves. */
export function userEditValues(user: {
  firstname?: string | null;
  lastname?: string | null;
  upn?: string | null;
}): UserEditValues {
  const { local, suffix } = splitUpn(user.upn);
  return {
    firstname: user.firstname ?? '',
    lastname: user.lastname ?? '',
    upnLocal: local,
    upnSuffix: suffix,
  };
}

/**
 * The PUT body: only what differs from the user as loaded (documented: every field optional), so
 * a concurrent change to another field is not overwritten. Empty when nothing changed.
 */
export function changedUserFields(before: UserEditValues, after: UserEditValues): UserUpdateBody {
  const body: UserUpdateBody = {};
  if (after.firstname.trim() !== before.firstname.trim()) body.firstname = after.firstname.trim();
  if (after.lastname.trim() !== before.lastname.trim()) body.lastname = after.lastname.trim();
  const upnBefore = joinUpn(before.upnLocal, before.upnSuffix).toLowerCase();
  const upnAfter = joinUpn(after.upnLocal, after.upnSuffix);
  if (upnAfter.toLowerCase() !== upnBefore) body.upn = upnAfter;
  return body;
}
