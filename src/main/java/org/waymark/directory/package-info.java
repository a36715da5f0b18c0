/** The service directory: services read from content/services, and their pages. */
package org.waymark.directory;
