import type { IssuerPreset } from '../../lib/iam/issuer-presets.ts';

/** What this token's provider puts in its claims, shown where the trust policy is checked. */
export function IssuerPresetNote({ preset }: { preset: IssuerPreset }) {
  return (
    <section className="callout callout--info" aria-label={`About ${preset.name} tokens`}>
      <p className="trust-check__heading">{preset.name} tokens</p>
      <ul className="condition-keys">
        {preset.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </section>
  );
}
