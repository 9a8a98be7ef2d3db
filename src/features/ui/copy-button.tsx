import { useState } from 'react';
import { Button, type ButtonProps } from './button';

/** Copies text to the clipboard and says so for a moment. */
export function CopyButton({
  text,
  label = 'Copy',
  ...rest
}: { text: string; label?: string } & ButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  };
  return (
    <Button size="sm" {...rest} onClick={copy}>
      <span aria-live="polite">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : label}
      </span>
    </Button>
  );
}
