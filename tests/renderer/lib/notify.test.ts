import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src/shared/errors';
import { applyLanguage } from '../../../src/renderer/src/app/i18n';
import { ApiError } from '../../../src/renderer/src/lib/api';
import { describeError } from '../../../src/renderer/src/lib/notify';

describe('describeError', () => {
  it('has an Indonesian title and message for every error code', () => {
    for (const code of ERROR_CODES) {
      const { title, message } = describeError(new ApiError(code, ''));
      expect(title, code).not.toMatch(/^errors\./);
      expect(message, code).not.toMatch(/^errors\./);
    }
    expect(describeError(new ApiError('STORAGE', ''))).toEqual({
      title: 'Gagal menyimpan',
      message: 'Basis data tidak dapat ditulis. Periksa ruang disk, lalu coba lagi.',
    });
  });

  it("uses main's own Indonesian sentence when the UI is in Indonesian", () => {
    const error = new ApiError('NOT_FOUND', 'Konsultan tidak ditemukan atau tidak aktif.');
    expect(describeError(error)).toEqual({ title: 'Data tidak ditemukan', message: 'Konsultan tidak ditemukan atau tidak aktif.' });
  });

  it('uses the catalogue sentence in English', () => {
    applyLanguage('en');
    const error = new ApiError('NOT_FOUND', 'Konsultan tidak ditemukan atau tidak aktif.');
    expect(describeError(error)).toEqual({ title: 'Not found', message: 'The record does not exist or has been deleted.' });
  });

  it("writes the core's sentence by its key in the UI language, with its values", () => {
    const error = new ApiError('VALIDATION', 'Data yang dikirim belum benar. Periksa isian yang ditandai.', undefined, { key: 'common.invalidInput' });
    applyLanguage('en');
    expect(describeError(error).message).toBe('Some of the data sent is not right. Check the marked fields.');
    applyLanguage('id');
    expect(describeError(error).message).toBe('Data yang dikirim belum benar. Periksa isian yang ditandai.');
  });

  it('never shows the raw text of an INTERNAL error', () => {
    expect(describeError(new ApiError('INTERNAL', 'TypeError: x is undefined')).message).toBe(
      'Terjadi kesalahan di aplikasi. Data yang sudah tersimpan tetap aman; coba lagi.',
    );
  });
});
