import 'graphiql/style.css';
import './console.css';
import { createRoot } from 'react-dom/client';
import { Console } from './Console.js';
import { readPageSettings } from './pageSettings.js';
import { setupMonacoWorkers } from './setupMonacoWorkers.js';

// The workers must be known before GraphiQL loads Monaco, which it does when its editors mount.
const settings = readPageSettings(document);
setupMonacoWorkers(settings.workers);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(<Console configUrl={settings.configUrl} />);
