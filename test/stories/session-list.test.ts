import { checkStories } from './check.js';

checkStories('Elements/ccv-session-list', 11);
