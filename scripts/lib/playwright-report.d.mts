export function countPlaywright(report: unknown): { passed: number; failed: number } | null;
export function failedAttempts(
  report: unknown,
): { title: string; flaky: boolean; error: string; snapshot: string | null }[];
export function pageSnapshot(markdown: string): string | null;
