// Serves a built folder on loopback and prints its address: `make serve`.
import { serve } from './server.mjs';

const [root = 'dist', port = '8080'] = process.argv.slice(2);
const server = await serve({ root, port: Number(port) });
console.log(`Backend Verdict is at ${server.url('/')} (Ctrl-C to stop)`);
