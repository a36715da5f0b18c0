/** Checks that the web addresses a site links to still answer, politely and with a cache of recent results. */
package org.waymark.check.external;
