import { describe, expect, it } from 'vitest';
import { ApiError, call, toApiError, withFormPaths } from '../../../src/renderer/src/lib/api';
import type { Settings } from '../../../src/shared/contract';
import { installFakeApi, ok, takeMisfits } from '../helpers';

const settings: Settings = {
  office: {
    officeName: 'Klinik Bisnis Samarinda',
    unitName: null,
    address: null,
    phone: null,
    email: null,
    provinceCode: '64',
    regencyCode: '64.72',
    logoDataUrl: null,
    timeZone: 'Asia/Makassar',
    deskCode: 'SMD1',
    updatedAt: '2026-11-28T03:00:00.000Z',
    updatedBy: null,
  },
  language: 'id',
  lockAfterMinutes: 10,
};

describe('call', () => {
  it('returns the value of an ok envelope', async () => {
    const { invoke } = installFakeApi({ 'settings:get': () => ({ ok: true, value: settings }) });
    await expect(call('settings:get')).resolves.toEqual(settings);
    expect(invoke).toHaveBeenCalledWith('settings:get', undefined);
  });

  it('passes the input through to window.api', async () => {
    const { invoke } = installFakeApi({ 'consultants:list': () => ({ ok: true, value: [] }) });
    await call('consultants:list', { includeInactive: false });
    expect(invoke).toHaveBeenCalledWith('consultants:list', { includeInactive: false });
  });

  it('throws an ApiError carrying code, message and fields of an error envelope', async () => {
    installFakeApi({
      'consultants:create': () => ({
        ok: false,
        error: { code: 'DUPLICATE', message: 'NIP ini sudah dipakai konsultan lain.', fields: { nip: { key: 'v.nipTaken' } } },
      }),
    });
    const err = await call('consultants:create', { name: 'Siti' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      code: 'DUPLICATE',
      message: 'NIP ini sudah dipakai konsultan lain.',
      fields: { nip: { key: 'v.nipTaken' } },
    });
  });

  it('reads an unknown error code as INTERNAL', async () => {
    installFakeApi({ 'session:get': () => ({ ok: false, error: { code: 'BOOM' as never, message: 'x' } }) });
    await expect(call('session:get')).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('turns a rejected transport into an INTERNAL ApiError', async () => {
    installFakeApi({
      'session:get': () => {
        throw new Error('socket closed');
      },
    });
    await expect(call('session:get')).rejects.toMatchObject({ name: 'ApiError', code: 'INTERNAL' });
  });

  it('refuses a malformed reply', async () => {
    installFakeApi({ 'session:get': () => 'nonsense' as never });
    await expect(call('session:get')).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('fails clearly when window.api is missing', async () => {
    await expect(call('session:get')).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});

describe('toApiError', () => {
  it('keeps an ApiError and wraps anything else', () => {
    const original = new ApiError('NOT_FOUND', 'x');
    expect(toApiError(original)).toBe(original);
    expect(toApiError('oops')).toMatchObject({ code: 'INTERNAL', message: 'oops' });
  });
});

describe('withFormPaths', () => {
  it('keys field issues as the form knows them and keeps code, message and sentence', () => {
    const sentence = { key: 'consultations.notFound' as never };
    const error = new ApiError('VALIDATION', 'x', { 'training.title': { key: 'v.required' }, other: { key: 'v.required' } }, sentence);
    const moved = withFormPaths(error, 'training');
    expect(moved).toMatchObject({ code: 'VALIDATION', message: 'x', fields: { title: { key: 'v.required' }, other: { key: 'v.required' } } });
    expect(moved.sentence).toBe(sentence);
  });

  it('answers an error without field issues as it is', () => {
    const error = new ApiError('NOT_FOUND', 'x');
    expect(withFormPaths(error, 'training')).toBe(error);
  });
});

describe('the fake window.api of these tests', () => {
  it('holds its fixtures to the contract: one that does not fit answers INTERNAL and fails the test', async () => {
    installFakeApi({ 'settings:get': () => ok({ ...settings, language: 'fr' }) as never });
    await expect(call('settings:get')).rejects.toMatchObject({ code: 'INTERNAL' });
    // setup.ts fails the test on what is left here; this test takes it to prove it is there.
    expect(takeMisfits()).toEqual([expect.stringContaining('settings:get: language')]);
  });
});
