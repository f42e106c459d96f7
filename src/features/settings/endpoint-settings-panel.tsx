import { useId, useState } from 'react';
import {
  checkCustomEndpointUrl,
  type EndpointKind,
  type EndpointSettings,
} from '../../lib/sts/endpoint-settings.ts';
import { checkPageCanConnect } from '../../lib/csp/page-connect-src.ts';
import { stsHasFips } from '../../lib/sts/fips-regions.ts';
import { partitionOfRegion, stsPartitions } from '../../lib/sts/partitions.ts';
import { clearRecent, useRecentValues } from '../../state/recent-values.ts';
import { useResolvedEndpoint } from '../../state/resolved-endpoint.ts';
import {
  embeddedSandboxUrl,
  endpointSettingsStore,
  useEndpointSettings,
} from '../../state/endpoint-settings-store.ts';

function RegionSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (r: string) => void;
}) {
  return (
    <select
      id={id}
      className="input"
      value={value}
      onChange={(e) => {
        onChange(e.target.value);
      }}
    >
      {stsPartitions.map((p) => (
        <optgroup key={p.id} label={`${p.name} (${p.id})`}>
          {p.regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

function AwsOptions({ settings }: { settings: Extract<EndpointSettings, { kind: 'aws' }> }) {
  const regionId = useId();
  const partition = partitionOfRegion(settings.region);
  const fips = partition?.supportsFips !== false && stsHasFips(settings.region);
  const fipsHintId = useId();
  const set = (patch: Partial<typeof settings>) => {
    const next = { ...settings, ...patch };
    // A region without an STS FIPS endpoint turns FIPS off rather than resolve a host that is not there.
    endpointSettingsStore.set({ ...next, useFips: next.useFips && stsHasFips(next.region) });
  };
  return (
    <div className="settings__group">
      <label htmlFor={regionId} className="field__label">
        Region
      </label>
      <RegionSelect
        id={regionId}
        value={settings.region}
        onChange={(region) => {
          set({ region });
        }}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={settings.useGlobalEndpoint}
          onChange={(e) => {
            set({ useGlobalEndpoint: e.target.checked });
          }}
        />
        Use the global endpoint (sts.amazonaws.com) where the region allows it
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.useFips && fips}
          disabled={!fips}
          aria-describedby={fips ? undefined : fipsHintId}
          onChange={(e) => {
            set({ useFips: e.target.checked });
          }}
        />
        FIPS endpoint
      </label>
      {fips ? null : (
        <p id={fipsHintId} className="field__hint">
          STS has FIPS endpoints only in the US, Canada and GovCloud regions.
        </p>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={settings.useDualStack}
          disabled={partition?.supportsDualStack === false}
          onChange={(e) => {
            set({ useDualStack: e.target.checked });
          }}
        />
        Dual-stack (IPv6) endpoint
      </label>
    </div>
  );
}

/** Whether the page's CSP lets calls reach the endpoint: said at the field, before any call. */
function ConnectCheck({ id, url }: { id: string; url: string }) {
  const verdict = checkPageCanConnect(url);
  if (verdict.allowed) return null;
  return (
    <p id={id} className="field__error" data-testid="endpoint-connect-check">
      {verdict.problem} {verdict.fix}
    </p>
  );
}

function CustomOptions({ settings }: { settings: Extract<EndpointSettings, { kind: 'custom' }> }) {
  const urlId = useId();
  const regionId = useId();
  const [draft, setDraft] = useState(settings.url);
  const checked = checkCustomEndpointUrl(draft);
  const blocked = checked.ok && !checkPageCanConnect(checked.value).allowed;
  return (
    <div className="settings__group">
      <label htmlFor={urlId} className="field__label">
        Endpoint URL
      </label>
      <input
        id={urlId}
        className="input"
        value={draft}
        placeholder="http://localhost:4566"
        aria-invalid={!checked.ok || blocked}
        aria-describedby={checked.ok && !blocked ? undefined : `${urlId}-error`}
        onChange={(e) => {
          setDraft(e.target.value);
          const result = checkCustomEndpointUrl(e.target.value);
          if (result.ok) endpointSettingsStore.set({ ...settings, url: result.value });
        }}
      />
      {checked.ok ? (
        <ConnectCheck id={`${urlId}-error`} url={checked.value} />
      ) : (
        <p id={`${urlId}-error`} className="field__error">
          {checked.error}
        </p>
      )}
      <label htmlFor={regionId} className="field__label">
        Signing region
      </label>
      <RegionSelect
        id={regionId}
        value={settings.region}
        onChange={(region) => {
          endpointSettingsStore.set({ ...settings, region });
        }}
      />
      <p className="field__hint">
        The page’s Content-Security-Policy must allow this origin. The build npm start serves allows
        any http://localhost and http://127.0.0.1 port (LocalStack, moto…); an IPv6 address such as
        http://[::1] cannot be allowed (browsers refuse it in the policy), so use http://localhost.
        For other origins, or a deployed build, build with STS_CONSOLE_CONNECT_SRC=&lt;origin&gt;
        (see README).
      </p>
    </div>
  );
}

/** Recent role ARNs, session names and regions are remembered (non-secret); this forgets them. */
function RecentValuesControl() {
  const recent = useRecentValues();
  const count = recent.roleArns.length + recent.sessionNames.length + recent.regions.length;
  return (
    <p className="settings__recent">
      {count === 0
        ? 'No recent values remembered.'
        : `${count} recent value${count === 1 ? '' : 's'} remembered (role ARNs, session names, regions).`}{' '}
      {count > 0 ? (
        <button type="button" className="button button--small" onClick={clearRecent}>
          Forget recent values
        </button>
      ) : null}
    </p>
  );
}

function switchKind(current: EndpointSettings, kind: EndpointKind): EndpointSettings {
  const region = current.region;
  if (kind === 'sandbox' && embeddedSandboxUrl) return { kind, url: embeddedSandboxUrl, region };
  if (kind === 'custom') return { kind, url: 'http://localhost:4566', region };
  return { kind: 'aws', region, useGlobalEndpoint: false, useFips: false, useDualStack: false };
}

/** Where calls go: the local sandbox, AWS (any partition, resolved by the SDK) or a custom URL. */
export function EndpointSettingsPanel() {
  const settings = useEndpointSettings();
  const resolved = useResolvedEndpoint(settings);
  const kinds: { kind: EndpointKind; label: string }[] = [
    ...(embeddedSandboxUrl ? [{ kind: 'sandbox' as const, label: 'Local sandbox' }] : []),
    { kind: 'aws', label: 'AWS' },
    { kind: 'custom', label: 'Custom endpoint' },
  ];
  return (
    <section className="settings" aria-labelledby="settings-title">
      <h2 id="settings-title" className="settings__title">
        STS endpoint
      </h2>
      <fieldset className="segmented">
        <legend className="visually-hidden">Send calls to</legend>
        {kinds.map(({ kind, label }) => (
          <label key={kind} className="segmented__option">
            <input
              type="radio"
              name="endpoint-kind"
              value={kind}
              checked={settings.kind === kind}
              onChange={() => {
                endpointSettingsStore.set(switchKind(settings, kind));
              }}
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      {settings.kind === 'aws' ? <AwsOptions settings={settings} /> : null}
      {settings.kind === 'custom' ? <CustomOptions key="custom" settings={settings} /> : null}
      <RecentValuesControl />
      <p className="settings__resolved">
        {resolved === undefined ? (
          <span>Resolving the endpoint with the SDK’s rules…</span>
        ) : resolved.ok ? (
          <>
            Calls go to <code data-testid="resolved-endpoint">{resolved.value.url}</code>, signed
            for <code>{resolved.value.signingRegion}</code>
          </>
        ) : (
          <span className="field__error">{resolved.error}</span>
        )}
      </p>
    </section>
  );
}
