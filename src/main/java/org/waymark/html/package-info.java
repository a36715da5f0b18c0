/** Writing text into HTML and XML so that it stays text. */
package org.waymark.html;
