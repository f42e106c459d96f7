import { el, toXml, type XmlNode } from './xml-writer.ts';
import type { StsError } from './sts-error.ts';

export const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';

/** `<XResponse xmlns><XResult>…</XResult><ResponseMetadata><RequestId/>…` as STS writes it. */
export function successXml(action: string, result: XmlNode[], requestId: string): string {
  return toXml({
    name: `${action}Response`,
    attributes: { xmlns: STS_NAMESPACE },
    children: [
      el(`${action}Result`, ...result),
      el('ResponseMetadata', el('RequestId', requestId)),
    ],
  });
}

/** `<ErrorResponse xmlns><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>`. */
export function errorXml(error: StsError, requestId: string): string {
  return toXml({
    name: 'ErrorResponse',
    attributes: { xmlns: error.namespace ?? STS_NAMESPACE },
    children: [
      el('Error', el('Type', error.type), el('Code', error.code), el('Message', error.message)),
      el('RequestId', requestId),
    ],
  });
}
