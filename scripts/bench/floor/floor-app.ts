/// <reference types="vite/client" />
import {
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
  type Credentials,
} from '@aws-sdk/client-sts';
import { createElement as h, useState, type SyntheticEvent, type ReactNode } from 'react';

const endpoint = import.meta.env.VITE_SANDBOX_URL as string;
const region = 'us-east-1';

/** The anonymous client, sending simple CORS requests (no SDK headers) like the console does. */
function anonymousClient(): STSClient {
  const client = new STSClient({
    region,
    endpoint,
    // Anonymous operations never ask for credentials (as in the console).
    credentials: () => Promise.reject(new Error('anonymous')),
  });
  client.middlewareStack.add(
    (next) => (args) => {
      const request = args.request as { headers?: Record<string, string> } | undefined;
      if (request?.headers) {
        request.headers = Object.fromEntries(
          Object.entries(request.headers).filter(
            ([key]) => !/^(amz-sdk-invocation-id|amz-sdk-request|x-amz-user-agent)$/i.test(key),
          ),
        );
      }
      return next(args);
    },
    { step: 'deserialize', name: 'floorSimpleCorsRequest', priority: 'low' },
  );
  return client;
}

function field(label: string, name: string, multiline = false): ReactNode {
  return h(
    'label',
    { key: name, style: { display: 'block' } },
    label,
    h(multiline ? 'textarea' : 'input', { name, required: true }),
  );
}

type State =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'done'; credentials: Credentials }
  | { kind: 'failed'; message: string };

/** The floor's only screen: token, role, session name, Assume role, the credentials. */
export function FloorApp() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [arn, setArn] = useState<string | undefined>();
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    setState({ kind: 'pending' });
    const client = anonymousClient();
    const command = new AssumeRoleWithWebIdentityCommand({
      WebIdentityToken: text('token'),
      RoleArn: text('role'),
      RoleSessionName: text('session'),
    });
    client
      .send(command)
      .then((out) => {
        setState(
          out.Credentials
            ? { kind: 'done', credentials: out.Credentials }
            : { kind: 'failed', message: 'no credentials' },
        );
      })
      .catch((error: unknown) => {
        setState({ kind: 'failed', message: String(error) });
      })
      .finally(() => {
        client.destroy();
      });
  };
  const whoAmI = (c: Credentials) => {
    const client = new STSClient({
      region,
      endpoint,
      credentials: {
        accessKeyId: c.AccessKeyId ?? '',
        secretAccessKey: c.SecretAccessKey ?? '',
        sessionToken: c.SessionToken,
      },
    });
    void client.send(new GetCallerIdentityCommand({})).then((out) => {
      setArn(out.Arn);
    });
  };
  return h(
    'main',
    null,
    h('h1', null, 'STS floor'),
    h(
      'form',
      { onSubmit: submit },
      field('Web identity token', 'token', true),
      field('Role ARN', 'role'),
      field('Role session name', 'session'),
      h('button', { type: 'submit', disabled: state.kind === 'pending' }, 'Assume role'),
    ),
    state.kind === 'failed' ? h('p', { role: 'alert' }, state.message) : null,
    state.kind === 'done'
      ? h(
          'article',
          { 'aria-label': 'Role credentials' },
          h('code', null, state.credentials.AccessKeyId),
          h('p', null, state.credentials.Expiration?.toISOString()),
          h(
            'button',
            {
              type: 'button',
              onClick: () => {
                whoAmI(state.credentials);
              },
            },
            'Who am I?',
          ),
          arn ? h('p', null, arn) : null,
        )
      : null,
  );
}
