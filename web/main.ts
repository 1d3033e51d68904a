import '@shoelace-style/shoelace/dist/themes/light.css';
import './styles/app.css';
import './components/plc-app.ts';
import { registerServiceWorker } from './services/pwa.ts';

registerServiceWorker();
