/** The site search: a compact index per language, and the pages that search it in the browser. */
package org.waymark.search;
