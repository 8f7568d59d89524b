import type { Harness } from '../fixtures';

/** A desk that has been set up: office, desk code and one consultant (on duty). Returns their id. */
export async function seedDesk(harness: Harness, name = 'Siti Rahmawati'): Promise<string> {
  const session = await harness.invoke('session:firstRun', {
    officeName: 'Klinik Bisnis PLUT-KUMKM Kaltim',
    deskCode: 'SMD1',
    timeZone: 'Asia/Makassar',
    consultant: { name, nip: null, phone: '0812-3456-7890' },
  });
  return session.consultant!.id;
}
