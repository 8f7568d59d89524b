import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/errors';
import { fill } from '../../src/shared/messages/catalogue';
import { isMessageKey, messageText } from '../../src/shared/messages';

describe('the core’s sentences', () => {
  it('fill a sentence’s values, whole numbers in the language’s own digits', () => {
    expect(fill('Berkas ini berisi {{rows}} baris; paling banyak {{max}}.', { rows: 12500, max: 10000 }, 'id')).toBe(
      'Berkas ini berisi 12.500 baris; paling banyak 10.000.',
    );
    expect(fill('This file has {{rows}} rows; at most {{max}}.', { rows: 12500, max: 10000 }, 'en')).toBe('This file has 12,500 rows; at most 10,000.');
    expect(fill('{{missing}} stays', {}, 'id')).toBe('{{missing}} stays');
  });

  it('are written in each language from one key', () => {
    expect(messageText('id', 'common.noSession')).toBe('Pilih konsultan yang bertugas terlebih dahulu.');
    expect(messageText('en', 'common.noSession')).toBe('Choose the consultant on duty first.');
    expect(isMessageKey('common.noSession')).toBe(true);
    expect(isMessageKey('Pilih konsultan yang bertugas terlebih dahulu.')).toBe(false);
  });

  it('an AppError carries the key and values, its message the Indonesian sentence', () => {
    const err = new AppError('NO_SESSION', 'common.noSession', { fields: { consultantId: { key: 'v.required' } } });
    expect(err.toShape()).toEqual({
      code: 'NO_SESSION',
      message: 'Pilih konsultan yang bertugas terlebih dahulu.',
      key: 'common.noSession',
      fields: { consultantId: { key: 'v.required' } },
    });
  });
});
