import type { ComponentsJSON } from '@nanostores/i18n';
import { mergeAreas } from './merge-areas';

export default mergeAreas(
  import.meta.glob<ComponentsJSON>('./fr/*.json', { eager: true, import: 'default' }),
);
