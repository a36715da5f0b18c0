/** Renders pages with the theme's Pebble templates. */
package org.waymark.render;
