/**
 * "Share": copies the page's address, which already holds the marks (and the selected
 * candidate), so a patient can send it or a therapist can hand it over. Where the clipboard is
 * unavailable (insecure origin, refused permission) the link is shown selected in a text field
 * to copy by hand. Nothing is sent anywhere.
 */
import { useRef, useState } from 'react';

type State = 'idle' | 'copied' | 'manual';

export function ShareButton({ onShared }: { onShared: (message: string) => void }) {
  const [state, setState] = useState<State>('idle');
  const [url, setUrl] = useState('');
  const field = useRef<HTMLInputElement>(null);

  const share = async () => {
    const href = window.location.href;
    setUrl(href);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(href);
      setState('copied');
      onShared('Link copied. It opens these marks and results.');
    } catch {
      setState('manual');
      onShared('Copy the link from the text field.');
      queueMicrotask(() => field.current?.select());
    }
  };

  return (
    <div className="pain-share">
      <button type="button" className="btn pain-share__button" onClick={() => void share()}>
        {state === 'copied' ? 'Link copied' : 'Share'}
      </button>
      {state === 'manual' ? (
        <label className="pain-share__manual">
          <span>Copy this link:</span>
          <input
            ref={field}
            className="pain-share__field"
            type="text"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      ) : null}
    </div>
  );
}
