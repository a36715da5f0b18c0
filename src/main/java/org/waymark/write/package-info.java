/** Writes the site into a staging folder and swaps it into place only when the whole build has succeeded. */
package org.waymark.write;
