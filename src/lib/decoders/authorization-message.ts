import { err, ok, type Result } from '../result.ts';

/** STS accepts encoded messages up to this many characters (model: encodedMessageType). */
export const ENCODED_MESSAGE_MAX_LENGTH = 10_240;
/** Texts longer than this are not searched (an error text is far shorter). */
export const ERROR_TEXT_MAX_LENGTH = 200_000;

const MARKER = /encoded authorization failure message:\s*/i;
const MESSAGE_CHARS = /^[A-Za-z0-9_\-+/=]+/;
const BARE_MESSAGE = /^[A-Za-z0-9_\-+/=]+$/;

/** Finds the encoded message in a whole error text (after "Encoded authorization failure message:"), or takes the text itself when it is only the message. */
export function findEncodedAuthorizationMessage(text: string): Result<string> {
  if (text.length > ERROR_TEXT_MAX_LENGTH) {
    return err(
      `The text has ${text.length.toLocaleString('en-US')} characters; paste only the error (at most ${ERROR_TEXT_MAX_LENGTH.toLocaleString('en-US')}).`,
    );
  }
  const marker = MARKER.exec(text);
  if (marker !== null) {
    const after = text.slice(marker.index + marker[0].length);
    const message = MESSAGE_CHARS.exec(after)?.[0];
    if (message === undefined) {
      return err(
        'The text says "Encoded authorization failure message:" but no message follows it.',
      );
    }
    return withinLimit(message);
  }
  const trimmed = text.trim();
  if (trimmed !== '' && BARE_MESSAGE.test(trimmed)) return withinLimit(trimmed);
  return err(
    'No encoded authorization message found: it follows "Encoded authorization failure message:" in an AccessDenied error.',
  );
}

function withinLimit(message: string): Result<string> {
  if (message.length > ENCODED_MESSAGE_MAX_LENGTH) {
    return err(
      `The encoded message has ${message.length.toLocaleString('en-US')} characters; STS decodes at most ${ENCODED_MESSAGE_MAX_LENGTH.toLocaleString('en-US')}.`,
    );
  }
  return ok(message);
}
