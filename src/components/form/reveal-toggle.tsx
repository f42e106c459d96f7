export interface RevealToggleProps {
  /** What is revealed, as the button says it: "token", "SAML response"… */
  what: string;
  revealed: boolean;
  onToggle: () => void;
}

/** The button beside a masked secret field that shows or hides what it holds. */
export function RevealToggle({ what, revealed, onToggle }: RevealToggleProps) {
  return (
    <button
      type="button"
      className="button button--small button--ghost token-field__reveal"
      aria-pressed={revealed}
      onClick={onToggle}
    >
      {revealed ? `Hide ${what}` : `Reveal ${what}`}
    </button>
  );
}
