import { useId, useState } from 'react';
import { CopyButton } from '../../components/copy-button.tsx';
import {
  profileNameFor,
  toProfilesPair,
  type NamedSet,
} from '../../lib/export-formats/profiles-pair.ts';
import { importedProfile } from '../../lib/recipes/plan-chain.ts';
import type { Recipe } from '../../lib/recipes/recipe.ts';
import { hasExpired } from '../../lib/wallet/local-expiry.ts';
import { isLongTerm, type WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { useWalletEntries } from '../../state/wallet.ts';

/** Live sets under profile names: an imported profile keeps its name, so recipes still find it. */
function namedSets(entries: readonly WalletEntry[], withLongTerm: boolean): NamedSet[] {
  const taken = new Set<string>();
  const now = Date.now();
  return entries
    .filter((e) => !hasExpired(e, now) && (withLongTerm || !isLongTerm(e.credentials)))
    .map((e) => {
      const name = importedProfile(e) ?? profileNameFor(e.label, taken);
      taken.add(name);
      return {
        name,
        credentials: e.credentials,
        ctx: { region: e.source.region, endpointUrl: e.source.endpointUrl },
      };
    });
}

/** Copies the recipes and the wallet's sets as a ~/.aws/config + ~/.aws/credentials pair. */
export function RecipeExport({ recipes }: { recipes: readonly Recipe[] }) {
  const id = useId();
  const entries = useWalletEntries();
  const [withLongTerm, setWithLongTerm] = useState(false);
  const pair = () => toProfilesPair(namedSets(entries, withLongTerm), recipes);
  const current = pair();
  return (
    <div className="export">
      <h4 className="export__title">Export for the AWS CLI</h4>
      {current.ok ? (
        <div className="export__buttons">
          <CopyButton
            label="Copy ~/.aws/config (recipes and sets)"
            getText={() => {
              const fresh = pair();
              return fresh.ok ? fresh.value.config : '';
            }}
          >
            ~/.aws/config
          </CopyButton>
          <CopyButton
            label="Copy ~/.aws/credentials (sets)"
            getText={() => {
              const fresh = pair();
              return fresh.ok ? fresh.value.credentials : '';
            }}
          >
            ~/.aws/credentials
          </CopyButton>
        </div>
      ) : (
        <p className="field__error">{current.error}</p>
      )}
      <div className="export__profile">
        <input
          id={id}
          type="checkbox"
          checked={withLongTerm}
          onChange={(e) => {
            setWithLongTerm(e.target.checked);
          }}
        />
        <label htmlFor={id}>Include long-term keys (source profiles)</label>
      </div>
    </div>
  );
}
