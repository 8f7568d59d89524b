export { UpdateService, DRIVE_UPDATE_FOLDER } from './update.service';
export { updateHandlers } from './update.handlers';
export { MANIFEST_FILE, UPDATE_PUBLIC_KEY_FILE, signManifest, sha512OfFile, type Manifest } from './manifest';
