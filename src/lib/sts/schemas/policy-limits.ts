/** Documented plaintext limit for inline + managed session policies (characters). */
export const sessionPolicyMaxCharacters = 2048;
