import type { Readable } from 'node:stream';

/**
 * Hands each line of a text stream to `onLine` as it arrives (a child's stdout, a process's stdin).
 * Plain 'data' events rather than readline's async iterator, which was seen to stop delivering
 * lines under load.
 */
export function onLines(stream: Readable, onLine: (line: string) => void): void {
  let buffered = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffered += chunk;
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      onLine(line);
    }
  });
}
