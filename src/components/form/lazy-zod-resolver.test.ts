import type { ResolverOptions, FieldValues } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lazyZodResolver } from './lazy-zod-resolver.ts';

const schema = z.object({ RoleArn: z.string().min(20, 'Enter a role ARN.') });
const options: ResolverOptions<FieldValues> = { fields: {}, shouldUseNativeValidation: false };

describe('lazyZodResolver', () => {
  it('validates with the loaded schema: errors at the field, values when valid', async () => {
    const { resolver } = lazyZodResolver(() => Promise.resolve(schema));
    const bad = await resolver({ RoleArn: 'x' }, undefined, options);
    expect(bad.errors.RoleArn?.message).toBe('Enter a role ARN.');
    const good = await resolver(
      { RoleArn: 'arn:aws:iam::111122223333:role/Demo' },
      undefined,
      options,
    );
    expect(good.errors).toEqual({});
    expect(good.values).toEqual({ RoleArn: 'arn:aws:iam::111122223333:role/Demo' });
  });

  it('accepts a schema that is already there', async () => {
    const { resolver } = lazyZodResolver(schema);
    expect((await resolver({ RoleArn: '' }, undefined, options)).errors.RoleArn).toBeDefined();
  });

  it('loads the schema once, however often it validates', async () => {
    let loads = 0;
    const { resolver, prepare } = lazyZodResolver(() => {
      loads += 1;
      return Promise.resolve(schema);
    });
    await prepare();
    await resolver({ RoleArn: '' }, undefined, options);
    await resolver({ RoleArn: '' }, undefined, options);
    expect(loads).toBe(1);
  });

  it('forgets a failed load, so the next submit tries again', async () => {
    let attempt = 0;
    const { resolver } = lazyZodResolver(() => {
      attempt += 1;
      return attempt === 1 ? Promise.reject(new Error('chunk')) : Promise.resolve(schema);
    });
    await expect(resolver({ RoleArn: '' }, undefined, options)).rejects.toThrow('chunk');
    expect((await resolver({ RoleArn: '' }, undefined, options)).errors.RoleArn).toBeDefined();
    expect(attempt).toBe(2);
  });
});
