/**
 * The preview server of {@code waymark serve}: it serves the last good build on 127.0.0.1 while the
 * sources are edited, with live reload and build errors shown over the page.
 */
package org.waymark.serve;
