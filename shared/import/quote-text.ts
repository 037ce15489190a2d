/**
 * Text taken from a file (a part name, a header cell, a sheet name) quoted inside a one-line message:
 * control characters become "?" or a space, and it is cut at `max` characters, so a damaged or hostile cell
 * cannot turn a one-sentence refusal into ten lines of its own content.
 */
export function quoteText(text: string, max = 80): string {
  const printable = text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '?').trim();
  return printable.length > max ? `${printable.slice(0, max)}…` : printable;
}

/** A whole message folded onto one line (the CLI's contract: exit 2 prints exactly one line). */
export function oneLineMessage(message: string): string {
  return message.replace(/[\r\n]+/g, ' ');
}
