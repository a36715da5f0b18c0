/** Action plans and their progress reports: reading, status, pages, exports and the feed. */
package org.waymark.plans;

import org.waymark.model.Action;
