import { checkStories } from './check.js';

checkStories('Elements/ccv-contact-card', 9);
