import { useForm } from '@mantine/form';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { firstRunInput, officeProfileInput } from '../../../src/shared/contract';
import { applyLanguage } from '../../../src/renderer/src/app/i18n';
import { ApiError } from '../../../src/renderer/src/lib/api';
import {
  applyFieldErrors,
  fieldErrors,
  handleFormError,
  schemaValidator,
  translateIssue,
} from '../../../src/renderer/src/lib/form-errors';

vi.mock('../../../src/renderer/src/lib/notify', () => ({ notifyError: vi.fn(), notifySuccess: vi.fn() }));
const { notifyError } = await import('../../../src/renderer/src/lib/notify');

const office = {
  officeName: 'Klinik Bisnis Samarinda',
  unitName: '',
  address: '',
  phone: '',
  email: '',
  provinceCode: '64',
  regencyCode: '64.72',
  logoDataUrl: null,
  timeZone: 'Asia/Makassar',
  deskCode: 'SMD1',
};

describe('translateIssue', () => {
  it('translates a key with its parameters in Indonesian', () => {
    expect(translateIssue({ key: 'v.tooLong', params: { max: 200 } })).toBe('Paling banyak 200 karakter');
    expect(translateIssue({ key: 'v.required' })).toBe('Wajib diisi');
  });

  it('follows the UI language', () => {
    applyLanguage('en');
    expect(translateIssue({ key: 'v.required' })).toBe('Required');
  });

  it('uses the sharper sentence for an issue with a reason, when there is one', () => {
    expect(translateIssue({ key: 'v.nik', params: { reason: 'length' } })).toBe('NIK harus 16 digit');
    expect(translateIssue({ key: 'v.nik', params: { reason: 'other' } })).toBe('NIK tidak sah');
  });

  it('falls back to a generic sentence for an unknown key', () => {
    expect(translateIssue({ key: 'v.noSuchKey' })).toBe('Isian tidak sah');
  });
});

describe('schemaValidator', () => {
  it('accepts a valid office profile', () => {
    expect(schemaValidator(officeProfileInput)(office)).toEqual({});
  });

  it('reports the same problems main would, translated, per dotted path', () => {
    const errors = schemaValidator(officeProfileInput)({
      ...office,
      officeName: '   ',
      phone: '12345',
      deskCode: 'S',
    });
    expect(errors).toEqual({
      officeName: 'Wajib diisi',
      phone: 'Nomor telepon tidak dikenali; tulis 08… atau +62…',
      deskCode: 'Kode meja 2–6 huruf atau angka, mis. SMD1',
    });
  });

  it('reports a regency outside the chosen province on the regency field', () => {
    expect(schemaValidator(officeProfileInput)({ ...office, regencyCode: '63.01' })).toEqual({
      regencyCode: 'Kabupaten/kota tidak berada di provinsi yang dipilih',
    });
  });

  it('maps zod length limits to v.tooLong with the limit', () => {
    const errors = schemaValidator(officeProfileInput)({ ...office, officeName: 'x'.repeat(201) });
    expect(errors.officeName).toBe('Paling banyak 200 karakter');
  });

  it('uses nested paths for nested objects', () => {
    const errors = schemaValidator(firstRunInput)({
      officeName: 'Klinik',
      deskCode: 'SMD1',
      timeZone: 'Asia/Makassar',
      consultant: { name: '', nip: '123', phone: '', pin: '2468' },
    });
    expect(errors).toEqual({ 'consultant.name': 'Wajib diisi', 'consultant.nip': expect.stringContaining('NIP') });
  });
});

describe('applyFieldErrors', () => {
  function useFirstRunForm() {
    return useForm({
      initialValues: { officeName: '', deskCode: '', consultant: { name: '', nip: '' } },
    });
  }

  it('puts each server issue on the field with the same path and returns the rest', () => {
    const { result } = renderHook(useFirstRunForm);
    let unplaced = {};
    act(() => {
      unplaced = applyFieldErrors(result.current, {
        deskCode: { key: 'v.deskCode' },
        'consultant.nip': { key: 'v.nipTaken' },
        _: { key: 'v.invalid' },
      });
    });
    expect(result.current.errors).toEqual({
      deskCode: 'Kode meja 2–6 huruf atau angka, mis. SMD1',
      'consultant.nip': 'NIP ini sudah dipakai konsultan lain',
    });
    expect(unplaced).toEqual({ _: { key: 'v.invalid' } });
  });

  it('translates a field map without a form', () => {
    expect(fieldErrors({ nip: { key: 'v.nipTaken' } })).toEqual({ nip: 'NIP ini sudah dipakai konsultan lain' });
  });
});

describe('handleFormError', () => {
  it('shows a VALIDATION error only on its fields when all of them fit the form', () => {
    vi.mocked(notifyError).mockClear();
    const { result } = renderHook(() => useForm({ initialValues: { nip: '' } }));
    act(() => handleFormError(result.current, new ApiError('VALIDATION', 'x', { nip: { key: 'v.nip' } })));
    expect(result.current.errors.nip).toMatch(/^NIP harus 18 digit/);
    expect(notifyError).not.toHaveBeenCalled();
  });

  it('shows a CONFLICT with a field issue on the field alone', () => {
    vi.mocked(notifyError).mockClear();
    const { result } = renderHook(() => useForm({ initialValues: { active: true } }));
    const err = new ApiError('CONFLICT', 'Konsultan yang sedang bertugas tidak dapat dinonaktifkan.', {
      active: { key: 'v.cannotDeactivateSelf' },
    });
    act(() => handleFormError(result.current, err));
    expect(result.current.errors.active).toBe('Konsultan yang sedang bertugas tidak dapat dinonaktifkan');
    expect(notifyError).not.toHaveBeenCalled();
  });

  it('notifies an error that has no fields', () => {
    vi.mocked(notifyError).mockClear();
    const { result } = renderHook(() => useForm({ initialValues: { name: '' } }));
    const err = new ApiError('STORAGE', 'Basis data tidak dapat ditulis.');
    act(() => handleFormError(result.current, err));
    expect(result.current.errors).toEqual({});
    expect(notifyError).toHaveBeenCalledWith(err, []);
  });

  it('notifies with the issues that have no field on the form', () => {
    vi.mocked(notifyError).mockClear();
    const { result } = renderHook(() => useForm({ initialValues: { name: '' } }));
    act(() => handleFormError(result.current, new ApiError('VALIDATION', 'x', { extra: { key: 'v.unknownField' } })));
    expect(notifyError).toHaveBeenCalledWith(expect.objectContaining({ code: 'VALIDATION' }), ['Isian tidak dikenal']);
  });
});
