/** Renders the site from its content with the theme's Pebble templates. */
package org.waymark.render;
