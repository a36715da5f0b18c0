/** Action plans and their progress reports: read, judged as of a date, and made into pages and the contents of their exports. */
package org.waymark.plans;
