import { sentences } from './catalogue';

const NOTHING = 'Tidak ada yang dipasang.';
const NOTHING_EN = 'Nothing was installed.';

/** Why an update was not offered or installed (`updates.<reason>` for each UPDATE_REFUSALS). */
export const updateMessages = sentences(
  {
    'updates.folderMissing': `Folder pembaruan tidak ditemukan atau tidak dapat dibaca (flashdisk terlepas?). ${NOTHING}`,
    'updates.noManifest': `Folder ini tidak berisi pembaruan Klinik Bisnis (manifest.json tidak ada). ${NOTHING}`,
    'updates.badManifest': `manifest.json di folder ini tidak dapat dibaca sebagai pembaruan Klinik Bisnis. ${NOTHING}`,
    'updates.badSignature': `Tanda tangan pembaruan tidak cocok: pembaruan ini tidak diterbitkan oleh pengelola Klinik Bisnis atau telah diubah. ${NOTHING}`,
    'updates.missingFile': `Berkas pemasang yang disebut manifest.json tidak ada di folder ini. ${NOTHING}`,
    'updates.tampered': `Berkas pemasang tidak sama dengan yang ditandatangani (ukuran atau SHA-512 berbeda): mungkin rusak atau telah diubah. ${NOTHING}`,
    'updates.notNewer': `Pembaruan ini versi {{version}}, tidak lebih baru dari versi yang terpasang ({{current}}). ${NOTHING}`,
  },
  {
    'updates.folderMissing': `The update folder cannot be found or read (was the flash drive removed?). ${NOTHING_EN}`,
    'updates.noManifest': `This folder holds no Klinik Bisnis update (there is no manifest.json). ${NOTHING_EN}`,
    'updates.badManifest': `The manifest.json in this folder cannot be read as a Klinik Bisnis update. ${NOTHING_EN}`,
    'updates.badSignature': `The update's signature does not match: it was not published by the Klinik Bisnis maintainers, or it was changed. ${NOTHING_EN}`,
    'updates.missingFile': `The installer that manifest.json names is not in this folder. ${NOTHING_EN}`,
    'updates.tampered': `The installer is not the one that was signed (its size or SHA-512 differs): it may be damaged or changed. ${NOTHING_EN}`,
    'updates.notNewer': `This update is version {{version}}, not newer than the installed version ({{current}}). ${NOTHING_EN}`,
  },
);
