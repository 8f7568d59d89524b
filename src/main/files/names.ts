/** Characters Windows and FAT refuse in file names, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_FILE_CHARS = /[<>:"/\\|?*\u0000-\u001f]/g;

/** A name every file system the office uses accepts (Windows, FAT sticks): no reserved characters, at most 80 long. */
export function safeFileName(name: string): string {
  const cleaned = name.normalize('NFC').replace(UNSAFE_FILE_CHARS, '').replace(/\s+/g, '-').replace(/-+/g, '-');
  return cleaned.replace(/^[-.]+|[-.]+$/g, '').slice(0, 80) || 'tanpa-nama';
}
