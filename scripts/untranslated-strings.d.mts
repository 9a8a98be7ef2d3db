export function untranslatedStrings(paths: string[]): { file: string; line: number; text: string }[];
