/** Machine-readable output: the files and the JSON that Waymark writes for programs rather than for people. */
package org.waymark.export;
