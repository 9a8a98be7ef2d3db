import { Fragment } from 'react';

/** A URL path that may wrap after each `/` (a phone is narrower than most paths), not mid-name. */
export function PathText({ path }: { path: string }) {
  const parts = path.split('/');
  return (
    <>
      {parts.map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: segments of one fixed string
        <Fragment key={i}>
          {i > 0 && '/'}
          {part}
          {i > 0 && i < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </>
  );
}
