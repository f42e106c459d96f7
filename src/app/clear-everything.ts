import { clearDrafts, copyDrafts, restoreDrafts } from '../components/form/drafts.ts';
import { setSignInStatus } from '../features/assume-role-with-web-identity/oidc-sign-in/sign-in-status.ts';
import {
  currentVerifiedToken,
  forgetVerifiedToken,
  rememberVerifiedToken,
} from '../features/assume-role-with-web-identity/oidc-sign-in/verified-token.ts';
import { clearWithUndo } from '../state/clear-with-undo.ts';

/**
 * "Clear everything": the wallet, every form's draft and the sign-in's token leave the screen at
 * once (the drafts' non-secret copy in sessionStorage too); the wallet and drafts are held in
 * memory for the Undo, which puts the drafts back in storage as well, then dropped. The caller
 * remounts the pages so that no mounted field or result still shows anything.
 */
export function clearEverything(): void {
  const drafts = copyDrafts();
  const verified = currentVerifiedToken();
  clearDrafts();
  forgetVerifiedToken();
  // A sign-in's token not yet handed to the form goes too (the form's draft holds it otherwise).
  setSignInStatus({ phase: 'idle' });
  clearWithUndo('everything', () => {
    // Before the drafts: the restored token field then still matches the verified token.
    if (verified && !currentVerifiedToken()) rememberVerifiedToken(verified.token, verified.issuer);
    restoreDrafts(drafts);
  });
}
