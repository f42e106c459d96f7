import { z } from 'zod';
import { optionalArn } from './arn-members.ts';
import { optionalList } from './list-member.ts';
import { lengthCheck, optionalString } from './string-member.ts';

/** ProvidedContexts: [{ ProviderArn, ContextAssertion }], 1..5 entries; both members optional in the model. */
export function providedContextsMember() {
  const context = z.object(
    {
      ProviderArn: optionalArn('Context provider ARN'),
      ContextAssertion: optionalString('Context assertion', [lengthCheck(4, 2048)]),
    },
    { error: () => 'Provided context must be an object with ProviderArn and ContextAssertion' },
  );
  return optionalList('Provided contexts', context, 1, 5);
}
