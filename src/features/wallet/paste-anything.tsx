import { useEffect, useId, useRef, useState } from 'react';
import { lazyModule } from '../../components/lazy-module.ts';
import { looksSecret, previewPaste } from './paste-preview.ts';

/** Recognising and routing a paste: loaded after the first screen (a paste is never the first thing). */
const pasteHandling = lazyModule(() => import('./accept-paste.ts'));

/** Whatever was pasted, recognised and sent where it belongs; the problem in words, if any. */
function acceptPaste(text: string): Promise<string | undefined> {
  return pasteHandling.load().then(
    (m) => m.acceptPaste(text),
    () =>
      'The console could not load the code that recognises pastes (the connection to this site dropped?): try again.',
  );
}

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** What was pasted, as the user may see it again beside "Not recognised". */
function PastedText({ text }: { text: string }) {
  const preview = previewPaste(text);
  if ('hiddenLength' in preview) {
    return (
      <span className="paste-anything__pasted">
        You pasted {preview.hiddenLength.toLocaleString('en-US')} characters; they look like a
        secret, so they stay hidden.
      </span>
    );
  }
  return (
    <span className="paste-anything__pasted">
      You pasted: <code className="paste-anything__preview">{preview.shown}</code>
      {preview.cut ? '…' : null}
    </span>
  );
}

/** One box that takes a token, an assertion, an error text or credentials — and paste anywhere on the page. */
export function PasteAnything() {
  const id = useId();
  const box = useRef<HTMLDetailsElement>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (isEditable(event.target)) return;
      const pasted = event.clipboardData?.getData('text/plain') ?? '';
      if (pasted.trim() === '') return;
      event.preventDefault();
      void acceptPaste(pasted).then((message) => {
        setProblem(message);
        if (!message) return;
        // Not recognised: open the box with the text in it, so the user sees what to fix.
        setText(pasted);
        if (box.current) box.current.open = true;
        box.current?.scrollIntoView({ block: 'nearest' });
      });
    };
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('paste', onPaste);
    };
  }, []);
  // Masked while it may hold a secret; text that was not recognised and looks harmless shows.
  const masked = problem === undefined || looksSecret(text);
  return (
    <details ref={box} className="paste-anything">
      <summary>Paste anything</summary>
      <p className="field__hint">
        A token, a SAML response, an AccessDenied error, exported variables, a ~/.aws/config or
        credentials file, CLI JSON or a key pair. Or just paste on the page.
      </p>
      <label htmlFor={id} className="visually-hidden">
        Text to recognise
      </label>
      <textarea
        id={id}
        className={`input input--multiline${masked ? ' input--masked' : ''}`}
        rows={3}
        value={text}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setProblem(undefined);
        }}
      />
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          void acceptPaste(text).then((message) => {
            setProblem(message);
            if (!message) setText('');
          });
        }}
      >
        Recognise
      </button>
      <label className="button button--small paste-anything__file">
        Open a file…
        <input
          type="file"
          className="visually-hidden"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            // ~/.aws/config and credentials files are a few kilobytes; anything huge is refused unread.
            if (file === undefined) return;
            if (file.size > 200_000) {
              setProblem(
                `${file.name} is ${file.size.toLocaleString('en-US')} bytes, far more than a config or credentials file.`,
              );
              return;
            }
            void file.text().then(acceptPaste).then(setProblem);
          }}
        />
      </label>
      {problem ? (
        <p id={`${id}-problem`} className="field__error paste-anything__problem" role="alert">
          {problem} <PastedText text={text} />
        </p>
      ) : null}
    </details>
  );
}
