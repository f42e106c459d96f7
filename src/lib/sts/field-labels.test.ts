import { describe, expect, test } from 'vitest';
import { fieldLabel, knownFieldLabel } from './field-labels.ts';
import { modelOperationNames, targetsOf } from './schemas/testing/model-members.ts';

describe('fieldLabel', () => {
  test.each([
    ['RoleArn', 'Role ARN'],
    ['RoleSessionName', 'Role session name'],
    ['WebIdentityToken', 'Web identity token'],
    ['DurationSeconds', 'Duration (seconds)'],
    ['PolicyArns', 'Policy ARNs'],
    ['PolicyArns.2.arn', 'Policy ARN'],
    ['Policy', 'Session policy'],
    ['SerialNumber', 'MFA serial number'],
    ['TokenCode', 'MFA code'],
    ['Tags.3.Key', 'Tag key'],
    ['Tags.3.Value', 'Tag value'],
    ['TransitiveTagKeys.0', 'Transitive tag key'],
    ['PrincipalArn', 'Principal ARN (SAML provider)'],
    ['TaskPolicyArn.arn', 'Task policy ARN'],
    ['Name', 'Name'],
    ['TradeInToken', 'Trade-in token'],
    ['SomeFutureMember', 'Some future member'],
    ['ProvidedContexts.1.SomeFutureMember', 'Some future member'],
  ])('%s → %s', (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });

  test.each(
    modelOperationNames.flatMap((operation) =>
      targetsOf(operation).map((target) => target.path.join('.')),
    ),
  )('the model member %s has a label of its own', (path) => {
    expect(knownFieldLabel(path)).toEqual(expect.any(String));
  });
});
