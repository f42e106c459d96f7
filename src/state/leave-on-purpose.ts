/**
 * The page leaving on purpose (the OpenID sign-in's trip to the provider): the leave guard lets
 * that one leave go without asking. Whatever that trip costs is the button's to say.
 */
let onPurpose = false;

/** Leaves for `url` without the "Leave site?" question. */
export function leaveOnPurpose(url: string): void {
  onPurpose = true;
  window.location.assign(url);
}

/** True once after leaveOnPurpose: the beforeunload that follows it takes it. */
export function takeLeaveOnPurpose(): boolean {
  const was = onPurpose;
  onPurpose = false;
  return was;
}
