import '@shoelace-style/shoelace/dist/themes/light.css';
import './styles/app.css';
import './app/plc-app.ts';
import './app/fault-hook.ts'; // acts only with `?faults` (the end-to-end fault tests)
import { registerServiceWorker } from './app/pwa.ts';

registerServiceWorker();
