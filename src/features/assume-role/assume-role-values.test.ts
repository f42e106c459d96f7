import { describe, expect, it } from 'vitest';
import { fieldWarnings } from '../../lib/sts/field-warnings.ts';
import { withoutEmptyLists } from '../../components/form/form-values.ts';
import { assumeRoleSchema } from '../../lib/sts/schemas/assume-role-schema.ts';
import { assumeRoleWarningKind, distinctTagKeys } from './assume-role-values.ts';

describe('assumeRoleWarningKind', () => {
  it('warns about chaining over one hour from a role session, not from a user session', () => {
    const values = { DurationSeconds: 7200 };
    const chained = fieldWarnings('AssumeRole', values, {
      signerKind: assumeRoleWarningKind('role-session'),
    });
    const fromUser = fieldWarnings('AssumeRole', values, {
      signerKind: assumeRoleWarningKind('user-session'),
    });
    expect(chained[0]?.message).toMatch(/Role chaining/);
    expect(fromUser[0]?.message).not.toMatch(/Role chaining/);
  });
});

describe('withoutEmptyLists', () => {
  it('lets the schema accept a form whose provided contexts were all removed', () => {
    const values = {
      RoleArn: 'arn:aws:iam::111122223333:role/Admin',
      RoleSessionName: 'x-y',
      ProvidedContexts: [],
      Tags: [],
    };
    expect(assumeRoleSchema.safeParse(values).success).toBe(false);
    expect(assumeRoleSchema.safeParse(withoutEmptyLists(values)).success).toBe(true);
    expect(withoutEmptyLists(values)).not.toHaveProperty('Tags');
  });
});

describe('distinctTagKeys', () => {
  it('offers each non-empty key once, case-insensitively, in order', () => {
    expect(
      distinctTagKeys([{ Key: 'Project' }, { Key: '' }, { Key: 'project' }, { Key: 'Team' }, null]),
    ).toEqual(['Project', 'Team']);
    expect(distinctTagKeys(undefined)).toEqual([]);
  });
});

describe('transitive tag keys must name a session tag (errors at the field)', () => {
  it('points at the key that is not a tag', () => {
    const parsed = assumeRoleSchema.safeParse({
      RoleArn: 'arn:aws:iam::111122223333:role/Admin',
      RoleSessionName: 'x-y',
      Tags: [{ Key: 'Project', Value: 'a' }],
      TransitiveTagKeys: ['project', 'Team'],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['TransitiveTagKeys.1']);
  });
});
