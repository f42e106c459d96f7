import { afterEach, describe, expect, it } from 'vitest';
import { recipesStore } from '../../state/recipes.ts';
import { wallet } from '../../state/wallet.ts';
import { acceptPaste } from './accept-paste.ts';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const CONFIG = [
  '[profile base]',
  'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
  `aws_secret_access_key = ${SECRET}`,
  'region = eu-west-1',
  '[profile admin]',
  'role_arn = arn:aws:iam::111122223333:role/Admin',
  'source_profile = base',
  '[sso-session corp]',
  'sso_region = us-east-1',
].join('\n');

afterEach(() => {
  wallet.clear();
  recipesStore.set([]);
});

describe('accepting a pasted ~/.aws/config', () => {
  it('puts keys in the wallet under their profile and roles in the recipes', async () => {
    expect(await acceptPaste(CONFIG)).toBeUndefined();
    const [set] = wallet.getSnapshot();
    expect(set).toMatchObject({
      label: 'base',
      credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: SECRET },
      source: { operation: 'Import', params: { profile: 'base' }, region: 'eu-west-1' },
    });
    expect(recipesStore.get()).toEqual([
      { name: 'admin', roleArn: 'arn:aws:iam::111122223333:role/Admin', sourceProfile: 'base' },
    ]);
  });

  it('binds keys to where their profile sends calls', async () => {
    await acceptPaste(
      `${CONFIG}\n[profile local]\naws_access_key_id = AKIAIOSFODNN7EXAMPL2\naws_secret_access_key = ${SECRET}\nendpoint_url = http://localhost:4566\n`,
    );
    const base = wallet.getSnapshot().find((e) => e.label === 'base');
    const local = wallet.getSnapshot().find((e) => e.label === 'local');
    expect(base?.binding.issuedBy).toEqual({ kind: 'aws', partition: 'aws' });
    expect(local?.binding.issuedBy).toEqual({ kind: 'custom', url: 'http://localhost:4566' });
  });

  it('persists recipes without any secret', async () => {
    await acceptPaste(CONFIG);
    const stored = localStorage.getItem('sts-console.recipes.v1') ?? '';
    expect(stored).toContain('arn:aws:iam::111122223333:role/Admin');
    expect(stored).not.toContain(SECRET);
    expect(stored).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });

  it('pasting the same profile again replaces its recipe', async () => {
    await acceptPaste(CONFIG);
    await acceptPaste(CONFIG.replace('source_profile = base', 'source_profile = other'));
    expect(recipesStore.get().map((r) => [r.name, r.sourceProfile])).toEqual([['admin', 'other']]);
  });
});
