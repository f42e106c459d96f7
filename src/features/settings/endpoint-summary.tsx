import { useEndpointSettings } from '../../state/endpoint-settings-store.ts';
import { useResolvedEndpoint } from '../../state/resolved-endpoint.ts';

/** One line for the top bar: where calls go now. */
export function EndpointSummary() {
  const settings = useEndpointSettings();
  const resolved = useResolvedEndpoint(settings);
  const kind =
    settings.kind === 'sandbox' ? 'Local sandbox' : settings.kind === 'aws' ? 'AWS' : 'Custom';
  return (
    <span className="endpoint-summary">
      <span className="endpoint-summary__kind">{kind}</span>{' '}
      <span className="endpoint-summary__region">{settings.region}</span>
      <span className="visually-hidden">
        {' '}
        — calls go to{' '}
        {resolved === undefined
          ? 'an endpoint the SDK is still resolving'
          : resolved.ok
            ? resolved.value.url
            : 'an endpoint that cannot be resolved'}
      </span>
    </span>
  );
}
