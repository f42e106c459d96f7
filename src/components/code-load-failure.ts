/**
 * What to say when one of the console's own chunks (loaded on demand) cannot be fetched:
 * `what` names the code ("validation code"), `next` says what happened and what to do.
 */
export function codeLoadFailure(what: string, next: string): string {
  return `The console could not load its ${what} (the connection to this site dropped?). ${next}`;
}
