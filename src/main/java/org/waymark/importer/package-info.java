/** Turns the action plan a partnership already has (CSV, Excel or Word) into Waymark's plan files. */
package org.waymark.importer;
