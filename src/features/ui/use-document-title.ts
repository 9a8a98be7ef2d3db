import { useEffect } from 'react';

const PRODUCT = '4b42 Console'; // i18n-ignore: the product's name

/**
 * The browser tab says which page this is: set by the page as it renders (the kit's PageHeader
 * does it), so it follows a language switch and no route carries its title in the first load.
 */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · ${PRODUCT}` : PRODUCT;
  }, [title]);
}
