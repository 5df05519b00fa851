/** XML 1.0 escaping for the JUnit format. */

// Characters XML 1.0 cannot carry at all (not even as references): C0 controls other than tab,
// newline and carriage return, U+FFFE, U+FFFF, and UTF-16 surrogates without their pair.
const ILLEGAL =
  // eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 forbids: matching them is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Removes characters that are illegal in XML 1.0. */
export function stripIllegalXml(s: string): string {
  return s.replace(ILLEGAL, '');
}

/** Text content: illegal characters removed, `& < > " '` escaped, `\r` kept as a reference. */
export function xmlText(s: string): string {
  return stripIllegalXml(s)
    .replace(/[&<>"']/g, (c) => ENTITY[c])
    .replace(/\r/g, '&#13;');
}

/** An attribute value (double-quoted): as text, plus tab and newline as references so they survive normalisation. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** A start tag with attributes, in the given order. */
export function startTag(name: string, attrs: Record<string, string | number>, selfClose = false): string {
  const a = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');
  return `<${name}${a}${selfClose ? '/>' : '>'}`;
}
