/** Export to headquarters (the officer) and headquarters mode (verify, import, arrivals). */
export { ExportView } from './ExportView';
export { HeadquartersView } from './HeadquartersView';
