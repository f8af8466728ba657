// RFC 5322 header text helpers shared by the mail parsers.

/** Undo RFC 5322 folding: a line break followed by whitespace continues the previous line. */
export function unfold(text: string): string {
  return text.replace(/\r?\n(?=[ \t])/g, '');
}

