import { optionalInteger } from './integer-member.ts';

const name = 'Duration';

/** roleDurationSecondsType (AssumeRole, AssumeRoleWithSAML, AssumeRoleWithWebIdentity): 900..43,200. */
export function roleDurationMember() {
  return optionalInteger(name, 900, 43200, 'seconds');
}

/** RootDurationSecondsType (AssumeRoot): 0..900. */
export function rootDurationMember() {
  return optionalInteger(name, 0, 900, 'seconds');
}

/** durationSecondsType (GetSessionToken, GetFederationToken): 900..129,600. */
export function tokenDurationMember() {
  return optionalInteger(name, 900, 129600, 'seconds');
}

/** webIdentityTokenDurationSecondsType (GetWebIdentityToken): 60..3,600. */
export function webIdentityTokenDurationMember() {
  return optionalInteger(name, 60, 3600, 'seconds');
}
