import { checkStories } from './check.js';

checkStories('Elements/ccv-casus-form', 18);
