/** URIs for file paths, as SARIF wants them: pure string work, no `node:url`. */

const WINDOWS_DRIVE = /^[A-Za-z]:[\\/]/;

/** True for `/abs`, `C:\abs`, `C:/abs` and `\\server\share` paths. */
export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || p.startsWith('\\\\') || WINDOWS_DRIVE.test(p);
}

/** Percent-encodes each segment of a `/`- or `\`-separated path (`a b/c#d` → `a%20b/c%23d`). */
export function encodePath(p: string): string {
  return p
    .split(/[\\/]/)
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

/** A `file:` URI for an absolute path; with `directory`, ending in `/` as a URI base must. */
export function fileUri(absolute: string, directory = false): string {
  let uri: string;
  if (absolute.startsWith('\\\\') || absolute.startsWith('//')) {
    // UNC: \\server\share\dir → file://server/share/dir
    const [host, ...rest] = absolute.replace(/^[\\/]{2}/, '').split(/[\\/]/);
    uri = `file://${encodeURIComponent(host)}/${encodePath(rest.join('/'))}`;
  } else if (WINDOWS_DRIVE.test(absolute)) {
    uri = `file:///${absolute.slice(0, 2)}/${encodePath(absolute.slice(3))}`;
  } else {
    uri = `file://${encodePath(absolute)}`;
  }
  if (directory && !uri.endsWith('/')) uri += '/';
  return uri;
}
