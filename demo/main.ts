// The playground loads every widget from source, as the CDN bundle would.
import '../src/index.js';
