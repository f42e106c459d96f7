// Verifies the XML signature on a SAML Response's Assertion with xml-crypto, and hands back the
// Assertion parsed from the bytes that were actually signed, so nothing unsigned is ever read
// (the defence xml-crypto documents against signature wrapping).
import { XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';
import { rsaSha256, rsaSha512 } from './saml-constants.ts';
import {
  childElement,
  childElements,
  descendants,
  parseXmlStrict,
  samlAssertionNs,
  samlProtocolNs,
  xmlDsigNs,
} from './saml-xml.ts';
import { err, ok, type Result } from '../lib/result.ts';

/** A SAML provider as IAM holds it: its ARN, its name, its signing certificate. */
export interface RegisteredSamlProvider {
  arn: string;
  name: string;
  certificatePem: string;
}

export interface SignedAssertion {
  provider: RegisteredSamlProvider;
  /** The Assertion element parsed from the signed bytes only. */
  assertion: Element;
}

const allowedSignatureMethods = new Set([rsaSha256, rsaSha512]);

function countElementsWithId(document: Document, id: string): number {
  let count = 0;
  const all = document.getElementsByTagName('*');
  for (let index = 0; index < all.length; index += 1) {
    const element = all.item(index);
    if (!element) continue;
    for (const name of ['ID', 'Id', 'id']) {
      if (element.getAttribute(name) === id) count += 1;
    }
  }
  return count;
}

/** Finds the one Assertion and its enveloped signature; refuses any other shape. */
function locateSignedAssertion(
  document: Document,
): Result<{ assertionId: string; signature: Element }, string> {
  const root = document.documentElement;
  if (root?.namespaceURI !== samlProtocolNs || root.localName !== 'Response') {
    return err('not a SAML 2.0 Response');
  }
  const direct = childElements(root, samlAssertionNs, 'Assertion');
  // Exactly one Assertion anywhere: a second (hidden in Extensions, Object, Advice…) is a wrapping attempt.
  if (direct.length !== 1 || descendants(document, samlAssertionNs, 'Assertion').length !== 1) {
    return err('the Response must carry exactly one Assertion');
  }
  const [assertion] = direct;
  const assertionId = assertion?.getAttribute('ID') ?? '';
  if (!assertion || assertionId === '') return err('the Assertion has no ID');
  if (countElementsWithId(document, assertionId) !== 1) return err('duplicate ID');
  const signature = childElement(assertion, xmlDsigNs, 'Signature');
  if (!signature) return err('the Assertion is not signed');
  const signedInfo = childElement(signature, xmlDsigNs, 'SignedInfo');
  const method = signedInfo && childElement(signedInfo, xmlDsigNs, 'SignatureMethod');
  if (!allowedSignatureMethods.has(method?.getAttribute('Algorithm') ?? '')) {
    return err('unsupported signature algorithm');
  }
  const references = signedInfo ? childElements(signedInfo, xmlDsigNs, 'Reference') : [];
  if (references.length !== 1 || references[0]?.getAttribute('URI') !== `#${assertionId}`) {
    return err('the signature does not reference the Assertion');
  }
  return ok({ assertionId, signature });
}

function checkWith(
  provider: RegisteredSamlProvider,
  signature: Element,
  xml: string,
): string | undefined {
  try {
    const verifier = new SignedXml({
      publicCert: provider.certificatePem,
      getCertFromKeyInfo: () => null,
    });
    // xml-crypto bundles its own xmldom; hand it the node's markup rather than our DOM node.
    verifier.loadSignature(new XMLSerializer().serializeToString(signature));
    if (!verifier.checkSignature(xml)) return undefined;
    return verifier.getSignedReferences()[0];
  } catch {
    return undefined;
  }
}

/** Verifies the Assertion's signature against the providers' certificates. */
export function verifyAssertionSignature(
  document: Document,
  xml: string,
  providers: RegisteredSamlProvider[],
): Result<SignedAssertion, string> {
  const located = locateSignedAssertion(document);
  if (!located.ok) return located;
  for (const provider of providers) {
    const signedXml = checkWith(provider, located.value.signature, xml);
    if (signedXml === undefined) continue;
    const signedDocument = parseXmlStrict(signedXml);
    if (!signedDocument.ok) return err(signedDocument.error);
    const assertion = signedDocument.value.documentElement;
    if (
      assertion?.namespaceURI !== samlAssertionNs ||
      assertion.localName !== 'Assertion' ||
      assertion.getAttribute('ID') !== located.value.assertionId
    ) {
      return err('the signed content is not the Assertion');
    }
    return ok({ provider, assertion });
  }
  return err('signature verification failed');
}
