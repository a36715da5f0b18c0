/** The typed site configuration read once from site-config.yml, with unknown keys rejected. */
package org.waymark.config;
