import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { endpointSettingsStore } from '../../state/endpoint-settings-store.ts';
import { EndpointSettingsPanel } from './endpoint-settings-panel.tsx';

afterEach(cleanup);

const aws = (region: string, useFips = false) => {
  endpointSettingsStore.set({
    kind: 'aws',
    region,
    useGlobalEndpoint: false,
    useFips,
    useDualStack: false,
  });
};
const fipsBox = () => screen.getByRole<HTMLInputElement>('checkbox', { name: 'FIPS endpoint' });

describe('FIPS in the endpoint settings', () => {
  it('is offered in the US, Canada and GovCloud', () => {
    for (const region of ['us-east-1', 'ca-central-1', 'us-gov-west-1']) {
      aws(region);
      render(<EndpointSettingsPanel />);
      expect(fipsBox().disabled).toBe(false);
      cleanup();
    }
  });

  it('is not offered where STS has no FIPS endpoint, and says why', () => {
    aws('eu-west-1');
    render(<EndpointSettingsPanel />);
    expect(fipsBox().disabled).toBe(true);
    expect(fipsBox().checked).toBe(false);
    expect(screen.getByText(/only in the US, Canada and GovCloud/)).toBeTruthy();
  });

  it('turns FIPS off when the region moves to one without it', () => {
    aws('us-east-1', true);
    render(<EndpointSettingsPanel />);
    expect(fipsBox().checked).toBe(true);
    fireEvent.change(screen.getByLabelText('Region'), { target: { value: 'eu-west-1' } });
    expect(endpointSettingsStore.get()).toMatchObject({ region: 'eu-west-1', useFips: false });
  });
});

describe('the custom endpoint field', () => {
  afterEach(() => {
    document.head.querySelectorAll('meta').forEach((m) => {
      m.remove();
    });
  });

  it('says, before any call, that the page’s policy blocks an origin, and how to allow it', () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "default-src 'none'; connect-src http://localhost:*";
    document.head.append(meta);
    endpointSettingsStore.set({
      kind: 'custom',
      url: 'http://localhost:4566',
      region: 'us-east-1',
    });
    render(<EndpointSettingsPanel />);
    const field = screen.getByLabelText('Endpoint URL');
    expect(field.getAttribute('aria-invalid')).toBe('false');
    fireEvent.change(field, { target: { value: 'https://sts.example.com' } });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(error?.textContent).toContain('does not allow https://sts.example.com');
    expect(error?.textContent).toContain(
      'STS_CONSOLE_CONNECT_SRC=https://sts.example.com npm start',
    );
  });
});
