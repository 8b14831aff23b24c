// Text from documents and file names is untrusted: an escape sequence in a file name printed raw can move the
// cursor, rewrite earlier lines or retitle the terminal. Everything printed for people goes through here.

// C0 controls except tab and newline, DEL, C1 controls, and the bidirectional overrides that reorder text.
// eslint-disable-next-line no-control-regex -- finding control characters is this function's whole point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** The text with control characters shown as visible escapes (\x1b, \u202e), so nothing is hidden either. */
export function terminalText(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** The progress bar's source: its last `chars` characters (whole code points), escaped. */
export function progressLabel(source: string, chars = 60): string {
  return terminalText([...source].slice(-chars).join(''));
}
