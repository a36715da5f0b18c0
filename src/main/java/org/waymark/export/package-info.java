/** Machine-readable output: every file the site publishes for programs rather than people, written with Jackson. */
package org.waymark.export;
