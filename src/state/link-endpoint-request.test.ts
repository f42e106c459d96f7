import { afterEach, describe, expect, it } from 'vitest';
import type { EndpointSettings } from '../lib/sts/endpoint-settings.ts';
import { endpointSettingsStore } from './endpoint-settings-store.ts';
import {
  acceptEndpointChange,
  askEndpointChange,
  declineEndpointChange,
} from './link-endpoint-request.ts';

const KEY = 'sts-console.endpoint.v1';
const custom: EndpointSettings = {
  kind: 'custom',
  url: 'https://sts.example.com',
  region: 'eu-west-1',
};
const initial = endpointSettingsStore.get();

afterEach(() => {
  endpointSettingsStore.setForTab(initial);
  localStorage.clear();
});

describe('a link’s endpoint request', () => {
  it('changes nothing when declined', () => {
    askEndpointChange({ from: 'a', to: 'b', settings: custom });
    declineEndpointChange();
    acceptEndpointChange();
    expect(endpointSettingsStore.get()).toEqual(initial);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('applies to this tab only when accepted, saving nothing', () => {
    askEndpointChange({ from: 'a', to: 'b', settings: custom });
    acceptEndpointChange();
    expect(endpointSettingsStore.get()).toEqual(custom);
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});
