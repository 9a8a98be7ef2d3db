import { useEffect, useState } from 'react';
import { i18n, useMessages } from '@/i18n';
import { Button, type ButtonProps } from './button';

const messages = i18n('ui/copy-button', { copy: 'Copy', copied: 'Copied', failed: 'Copy failed' });

/** Copies text to the clipboard and says so for a moment. */
export function CopyButton({ text, label, ...rest }: { text: string; label?: string } & ButtonProps) {
  const t = useMessages(messages);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  // Cleared on unmount: a timer left running outlives a closed panel (and a test's window).
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <Button size="sm" {...rest} onClick={copy}>
      <span aria-live="polite">
        {state === 'copied' ? t.copied : state === 'failed' ? t.failed : (label ?? t.copy)}
      </span>
    </Button>
  );
}
