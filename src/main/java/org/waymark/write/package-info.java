/**
 * Puts what a build writes in place in one step: the site through a staging folder swapped in only when the whole
 * build has succeeded, a single file through a hidden copy moved over it.
 */
package org.waymark.write;
