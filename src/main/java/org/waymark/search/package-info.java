/** The site search: the search page, and each language's index of words and excerpts in files the page fetches only as a query needs them. */
package org.waymark.search;
