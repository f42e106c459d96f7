import type { EndpointSettings } from '../sts/endpoint-settings.ts';

/**
 * Where credentials may be sent. Every AWS endpoint of one partition is one destination (STS
 * sessions work in every region of their partition); a sandbox or custom endpoint is its URL.
 */
export type Destination =
  { kind: 'aws'; partition: string } | { kind: 'sandbox' | 'custom'; url: string };

/** A wallet set's binding: where it came from, and where else the user chose to send it. */
export interface EndpointBinding {
  issuedBy: Destination;
  /** Destinations the user explicitly allowed since, each by a choice that named both. */
  allowed: readonly Destination[];
}

/** The partition of a region by its name, as the SDK's partition rules tell them apart. */
export function partitionIdOfRegion(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  if (region.startsWith('us-isof-')) return 'aws-iso-f';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  if (region.startsWith('eu-isoe-')) return 'aws-iso-e';
  if (region.startsWith('eusc-')) return 'aws-eusc';
  return 'aws';
}

/** Pure: where calls go with these settings, as a destination. */
export function destinationOf(settings: EndpointSettings): Destination {
  if (settings.kind === 'aws')
    return { kind: 'aws', partition: partitionIdOfRegion(settings.region) };
  return { kind: settings.kind, url: settings.url.replace(/\/+$/, '') };
}

/** A new set's binding: to where it was issued (or, for keys the user brought, where calls go). */
export function bindingTo(settings: EndpointSettings): EndpointBinding {
  return { issuedBy: destinationOf(settings), allowed: [] };
}

export function sameDestination(a: Destination, b: Destination): boolean {
  if (a.kind === 'aws' || b.kind === 'aws') {
    return a.kind === 'aws' && b.kind === 'aws' && a.partition === b.partition;
  }
  // The sandbox and a custom endpoint at the same URL are the same server.
  return a.url === b.url;
}

/** Pure: whether the binding lets the set be sent where these settings send calls. */
export function mayBeSentTo(binding: EndpointBinding, settings: EndpointSettings): boolean {
  const target = destinationOf(settings);
  return [binding.issuedBy, ...binding.allowed].some((d) => sameDestination(d, target));
}

/** The binding once the user has chosen to send the set where these settings send calls too. */
export function allowing(binding: EndpointBinding, settings: EndpointSettings): EndpointBinding {
  return mayBeSentTo(binding, settings)
    ? binding
    : { ...binding, allowed: [...binding.allowed, destinationOf(settings)] };
}

/** Pure: a destination in words, e.g. "the local sandbox at http://127.0.0.1:5174". */
export function describeDestination(d: Destination): string {
  switch (d.kind) {
    case 'aws':
      return d.partition === 'aws' ? 'AWS' : `AWS (${d.partition})`;
    case 'sandbox':
      return `the local sandbox at ${d.url}`;
    case 'custom':
      return `the custom endpoint ${d.url}`;
  }
}

/**
 * Pure: why this set must not be sent where calls now go, naming both places, or undefined when
 * it may. Credentials from one endpoint are never sent to another unless the user chose so.
 */
export function bindingRefusal(
  label: string,
  binding: EndpointBinding,
  settings: EndpointSettings,
): string | undefined {
  if (mayBeSentTo(binding, settings)) return undefined;
  return `“${label}” came from ${describeDestination(binding.issuedBy)}; calls now go to ${describeDestination(destinationOf(settings))}. It is not sent there unless you choose so.`;
}

/** Pure: a destination in a word or two, for the wallet's compact lines ("sandbox", "AWS"). */
export function shortDestination(d: Destination): string {
  switch (d.kind) {
    case 'aws':
      return d.partition === 'aws' ? 'AWS' : `AWS ${d.partition}`;
    case 'sandbox':
      return 'sandbox';
    case 'custom':
      return URL.canParse(d.url) ? new URL(d.url).host : d.url;
  }
}

/** A signed call stopped before it left: its signer is bound to another endpoint. */
export class EndpointBindingError extends Error {
  override name = 'EndpointBindingError';
}

/** Pure: endpoint settings that send calls back to `d`, in `region` (the set's own, if known). */
export function settingsFor(d: Destination, region: string): EndpointSettings {
  if (d.kind === 'aws') {
    return { kind: 'aws', region, useGlobalEndpoint: false, useFips: false, useDualStack: false };
  }
  return { kind: d.kind, url: d.url, region };
}
