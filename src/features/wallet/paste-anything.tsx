import { useEffect, useId, useState } from 'react';
import { acceptPaste } from './accept-paste.ts';

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** One box that takes a token, an assertion, an error text or credentials — and paste anywhere on the page. */
export function PasteAnything() {
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (isEditable(event.target)) return;
      const pasted = event.clipboardData?.getData('text/plain') ?? '';
      if (pasted.trim() === '') return;
      event.preventDefault();
      void acceptPaste(pasted).then(setProblem);
    };
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('paste', onPaste);
    };
  }, []);
  return (
    <details className="paste-anything">
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
        className="input input--multiline input--masked"
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
        <p id={`${id}-problem`} className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </details>
  );
}
