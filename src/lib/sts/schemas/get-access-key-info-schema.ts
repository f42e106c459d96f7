import { z } from 'zod';
import { accessKeyIdMember } from './name-members.ts';

/** GetAccessKeyInfoCommandInput. */
export const getAccessKeyInfoSchema = z.object({
  AccessKeyId: accessKeyIdMember(),
});
