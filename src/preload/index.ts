import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

// Only these two functions cross into the page; ipcRenderer itself never does.
const api = createBridge(ipcRenderer);
contextBridge.exposeInMainWorld('api', Object.freeze({ invoke: api.invoke, on: api.on }));
