import { i18n } from '@/i18n';
import { AREAS, type Area } from './endpoint';

// Not in endpoint.ts: route files read AREAS in the first load, the names are for pages.
const areaNames = i18n('api/areas', AREAS);

/** An area's name in the current language, for what a user reads. */
export function areaName(area: Area): string {
  return areaNames.get()[area];
}
