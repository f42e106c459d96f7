import type {
  AssumeRoleCommandInput,
  AssumeRoleWithSAMLCommandInput,
  AssumeRoleWithWebIdentityCommandInput,
  AssumeRootCommandInput,
  DecodeAuthorizationMessageCommandInput,
  GetAccessKeyInfoCommandInput,
  GetCallerIdentityCommandInput,
  GetDelegatedAccessTokenCommandInput,
  GetFederationTokenCommandInput,
  GetSessionTokenCommandInput,
  GetWebIdentityTokenCommandInput,
} from '@aws-sdk/client-sts';
import { describe, expect, expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import {
  operationList,
  operations,
  type OperationInput,
  type OperationName,
} from './operations.ts';
import { operationSchemas, type OperationSchemas } from './schemas/testing/operation-schemas.ts';
import {
  documented,
  modelMembers,
  modelOperationNames,
  notInModelMembers,
} from './schemas/testing/model-members.ts';

type Output<O extends OperationName> = z.infer<(typeof operationSchemas)[O]>;
type Input<O extends OperationName> = z.input<(typeof operationSchemas)[O]>;

describe('operationSchemas against the model', () => {
  test('has exactly the model operations, and the registry lists each once', () => {
    expect(Object.keys(operationSchemas).sort()).toEqual([...modelOperationNames].sort());
    expect(operationList.map((op) => op.name).sort()).toEqual([...modelOperationNames].sort());
  });

  test.each(modelOperationNames)(
    '%s knows every model member and nothing the model lacks',
    (operation) => {
      const schema = operationSchemas[operation as OperationName];
      const expected = [...modelMembers(operation), ...notInModelMembers(operation)].map(
        ({ name }) => name,
      );
      expect(Object.keys(schema.shape).sort()).toEqual(expected.sort());
    },
  );

  test('MinimumSessionTokenSize is where the SDK has it, and only there', () => {
    const withIt = operationList
      .map((op) => op.name)
      .filter((name) => 'MinimumSessionTokenSize' in operationSchemas[name].shape);
    expect(withIt.sort()).toEqual(
      [
        'AssumeRole',
        'AssumeRoleWithSAML',
        'AssumeRoleWithWebIdentity',
        'AssumeRoot',
        'GetFederationToken',
        'GetSessionToken',
      ].sort(),
    );
  });

  test("the registry's defaults hold the documented default of every DurationSeconds", () => {
    for (const { name } of operationList) {
      const defaultDuration = documented(`${name}.DurationSeconds`).default;
      const defaults: Readonly<Record<string, unknown>> = operations[name].defaults;
      const duration = 'DurationSeconds' in defaults ? defaults.DurationSeconds : undefined;
      expect({ name, duration }).toEqual({ name, duration: defaultDuration });
    }
    expect(operations.GetWebIdentityToken.defaults.SigningAlgorithm).toBe('RS256');
  });
});

describe('types: each schema gives the SDK input shape', () => {
  test('z.infer of every entry is assignable to the SDK command input', () => {
    expectTypeOf<Output<'AssumeRole'>>().toExtend<AssumeRoleCommandInput>();
    expectTypeOf<
      Output<'AssumeRoleWithWebIdentity'>
    >().toExtend<AssumeRoleWithWebIdentityCommandInput>();
    expectTypeOf<Output<'AssumeRoleWithSAML'>>().toExtend<AssumeRoleWithSAMLCommandInput>();
    expectTypeOf<Output<'AssumeRoot'>>().toExtend<AssumeRootCommandInput>();
    expectTypeOf<Output<'GetSessionToken'>>().toExtend<GetSessionTokenCommandInput>();
    expectTypeOf<Output<'GetFederationToken'>>().toExtend<GetFederationTokenCommandInput>();
    expectTypeOf<Output<'GetCallerIdentity'>>().toExtend<GetCallerIdentityCommandInput>();
    expectTypeOf<Output<'GetAccessKeyInfo'>>().toExtend<GetAccessKeyInfoCommandInput>();
    expectTypeOf<
      Output<'DecodeAuthorizationMessage'>
    >().toExtend<DecodeAuthorizationMessageCommandInput>();
    expectTypeOf<Output<'GetWebIdentityToken'>>().toExtend<GetWebIdentityTokenCommandInput>();
    expectTypeOf<
      Output<'GetDelegatedAccessToken'>
    >().toExtend<GetDelegatedAccessTokenCommandInput>();
    expectTypeOf(operationSchemas).toExtend<OperationSchemas>();
  });

  test('required members are required, and the form input type is the output type', () => {
    expectTypeOf<Output<'AssumeRole'>['RoleArn']>().toEqualTypeOf<string>();
    expectTypeOf<Output<'GetWebIdentityToken'>['Audience']>().toEqualTypeOf<string[]>();
    expectTypeOf<Output<'AssumeRoot'>['TaskPolicyArn']>().toEqualTypeOf<{ arn: string }>();
    expectTypeOf<Output<'AssumeRole'>['DurationSeconds']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Input<'AssumeRole'>>().toEqualTypeOf<Output<'AssumeRole'>>();
    expectTypeOf<OperationInput<'AssumeRole'>>().toEqualTypeOf<AssumeRoleCommandInput>();
  });
});
