import { afterEach, describe, expect, it, vi } from 'vitest';
import { operationList } from '../../lib/sts/operations.ts';
import { DRAFTS_STORAGE_KEY } from './draft-session-storage.ts';
import {
  clearDrafts,
  copyDrafts,
  hasUnsentDrafts,
  markDraftSent,
  onDraftsChanged,
  readDraft,
  replaceDraft,
  restoreDrafts,
  saveDraft,
} from './drafts.ts';

const roleArn = 'arn:aws:iam::111122223333:role/R';
/** What the tab's sessionStorage holds once the task that writes a change has run. */
const stored = async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return sessionStorage.getItem(DRAFTS_STORAGE_KEY);
};

/** A new page in the same tab: the module reads storage afresh, memory starts empty. */
async function reload(): Promise<typeof import('./drafts.ts')> {
  window.dispatchEvent(new Event('pagehide'));
  vi.resetModules();
  return import('./drafts.ts');
}

afterEach(() => {
  clearDrafts();
  sessionStorage.clear();
});

describe('drafts across a reload', () => {
  it('bring back the non-secret members only', async () => {
    saveDraft('AssumeRoleWithWebIdentity', {
      WebIdentityToken: 'eyJ.secret',
      RoleArn: roleArn,
      RoleSessionName: 'me',
    });
    saveDraft('GetSessionToken', { SerialNumber: 'arn:mfa', TokenCode: '123456' });
    const next = await reload();
    expect(readDraft('AssumeRoleWithWebIdentity')).toBeUndefined();
    expect(next.readDraft('AssumeRoleWithWebIdentity')).toEqual({
      RoleArn: roleArn,
      RoleSessionName: 'me',
    });
    expect(next.readDraft('GetSessionToken')).toEqual({ SerialNumber: 'arn:mfa' });
    expect(next.hasUnsentDrafts()).toBe(true);
  });

  it('pagehide wipes memory but keeps the stored drafts', () => {
    saveDraft('AssumeRole', { RoleArn: roleArn, TokenCode: '123456' });
    // Not written yet (that waits for the next task)…
    expect(sessionStorage.getItem(DRAFTS_STORAGE_KEY)).toBeNull();
    window.dispatchEvent(new Event('pagehide'));
    // …but pagehide writes what is pending before it wipes memory.
    expect(readDraft('AssumeRole')).toBeUndefined();
    expect(sessionStorage.getItem(DRAFTS_STORAGE_KEY)).toContain(roleArn);
  });

  it('no secret member of any operation reaches storage, however the draft is written', async () => {
    for (const op of operationList) {
      const values: Record<string, unknown> = {};
      for (const member of op.draftMembers) values[member] = `kept-${member}`;
      for (const member of op.secretMembers) values[member] = [{ nested: `SECRET-${member}` }];
      values.AccessKeyId = 'SECRET-AccessKeyId';
      values.EncodedMessage = 'SECRET-EncodedMessage';
      values.Unknown = 'SECRET-unknown';
      saveDraft(op.name, values);
      markDraftSent(op.name, values);
      replaceDraft(op.name, { ...values, RoleArn: 'changed' });
      restoreDrafts(copyDrafts());
    }
    expect(await stored()).toContain('kept-RoleArn');
    expect(await stored()).not.toContain('SECRET');
  });

  it('a form with only secret input stores nothing to bring back', async () => {
    saveDraft('AssumeRoleWithWebIdentity', { WebIdentityToken: 'eyJ.secret', RoleArn: '' });
    const next = await reload();
    expect(next.hasUnsentDrafts()).toBe(false);
  });
});

describe('unsent input', () => {
  it('is none for untouched forms, and until a send', async () => {
    expect(hasUnsentDrafts()).toBe(false);
    saveDraft(
      'GetWebIdentityToken',
      { Audience: [''], SigningAlgorithm: 'RS256' },
      {
        Audience: [''],
        SigningAlgorithm: 'RS256',
      },
    );
    expect(hasUnsentDrafts()).toBe(false);
    expect(await stored()).toBeNull();
    saveDraft('AssumeRole', { RoleArn: roleArn });
    expect(hasUnsentDrafts()).toBe(true);
    markDraftSent('AssumeRole', { RoleArn: roleArn });
    expect(hasUnsentDrafts()).toBe(false);
    // Sent values stay stored: a reload shows what was sent.
    expect(await stored()).toContain(roleArn);
    saveDraft('AssumeRole', { RoleArn: `${roleArn}2` });
    expect(hasUnsentDrafts()).toBe(true);
  });

  it('a send remembers a copy, not the form’s live object', () => {
    const values = { Tags: [{ Key: 'a', Value: '1' }] };
    saveDraft('AssumeRole', values);
    markDraftSent('AssumeRole', values);
    values.Tags[0] = { Key: 'a', Value: '2' };
    saveDraft('AssumeRole', values);
    expect(hasUnsentDrafts()).toBe(true);
  });

  it('is heard on every change', () => {
    const heard = vi.fn();
    const stop = onDraftsChanged(heard);
    saveDraft('AssumeRole', { RoleArn: roleArn });
    clearDrafts();
    stop();
    saveDraft('AssumeRole', { RoleArn: roleArn });
    expect(heard).toHaveBeenCalledTimes(2);
  });
});

describe('clearing', () => {
  it('removes the stored drafts; restoring a copy puts them back as they were', async () => {
    saveDraft('AssumeRole', { RoleArn: roleArn, TokenCode: '123456' });
    markDraftSent('AssumeRole', { RoleArn: roleArn, TokenCode: '123456' });
    saveDraft('GetSessionToken', { SerialNumber: 'arn:mfa' });
    const before = await stored();
    const held = copyDrafts();
    clearDrafts();
    expect(await stored()).toBeNull();
    expect(readDraft('AssumeRole')).toBeUndefined();
    expect(hasUnsentDrafts()).toBe(false);
    restoreDrafts(held);
    expect(await stored()).toBe(before);
    expect(readDraft('AssumeRole')).toEqual({ RoleArn: roleArn, TokenCode: '123456' });
    expect(hasUnsentDrafts()).toBe(true);
  });
});
