/** Checks the rendered site: links, privacy, phone links and the accessibility rules that HTML shows. */
package org.waymark.check;
