/** The site search: each language's index of words and excerpts, in files the search page fetches only as a query needs them. */
package org.waymark.search;
