import { gzipSync } from 'node:zlib';
import type { FileSize } from './report-types.ts';

/** Pure: true for the JavaScript and CSS a page loads, by the URL's path. */
export function isJsOrCss(url: string): boolean {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return false;
  }
  return /\.(m?js|css)$/.test(path);
}

/** Pure: the file's raw and gzip sizes (node:zlib at its default level, 6). */
export function fileSize(file: string, body: Uint8Array): FileSize {
  return { file, bytes: body.byteLength, gzipBytes: gzipSync(body).byteLength };
}
