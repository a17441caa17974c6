// XML text and attribute escaping for the streaming GEXF and GraphML writers. Data is hostile:
// characters XML 1.0 cannot carry become U+FFFD, and \t \n \r in attributes become character
// references, because parsers normalise raw whitespace in attribute values to spaces; so do
// U+0085, U+2028 and U+2029, which some parsers (xmldom, XML 1.1) fold into \n.

/** Anything outside the XML 1.0 Char production, lone surrogates included. */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\u0085': '&#x85;',
  '\u2028': '&#x2028;',
  '\u2029': '&#x2029;',
};

export function xmlSafe(value: string): string {
  return value.replace(INVALID_XML, '\uFFFD');
}

export function escapeAttribute(value: string): string {
  return xmlSafe(value).replace(/[&<>"\t\n\r\u0085\u2028\u2029]/g, (char) => ATTRIBUTE_ESCAPES[char] ?? char);
}

/** Element text keeps \n and \t as they are; \r and the line separators become references. */
export function escapeText(value: string): string {
  return xmlSafe(value).replace(/[&<>\r\u0085\u2028\u2029]/g, (char) => ATTRIBUTE_ESCAPES[char] ?? char);
}
