/** Reads the files under content/ into model records, reporting every problem with its file and line. */
package org.waymark.content;
