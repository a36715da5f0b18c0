/** The service directory: services read from content/services, their pages and their open-data exports. */
package org.waymark.directory;
