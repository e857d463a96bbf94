import { checkStories } from './check.js';

checkStories('Page/Leerkring online openbare orde', 1);
