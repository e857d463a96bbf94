import { checkStories } from './check.js';

checkStories('Elements/ccv-consent-video', 15);
