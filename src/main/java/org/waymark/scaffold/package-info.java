/** Starter files that {@code waymark new} writes for an editor to fill in: a service, a page, a progress report. */
package org.waymark.scaffold;
