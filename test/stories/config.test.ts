import { checkStories } from './check.js';

checkStories('Elements/ccv-config', 3);
