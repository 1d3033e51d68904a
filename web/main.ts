import '@shoelace-style/shoelace/dist/themes/light.css';
import './styles/app.css';
import './components/plc-app.ts';
import './services/fault-hook.ts'; // acts only with `?faults` (the end-to-end fault tests)
import { registerServiceWorker } from './services/pwa.ts';

registerServiceWorker();
