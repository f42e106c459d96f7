import { z } from 'zod';

/** GetCallerIdentityCommandInput: no members. */
export const getCallerIdentitySchema = z.object({});
