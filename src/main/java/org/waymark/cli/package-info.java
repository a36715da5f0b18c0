/** The command line: build, serve, check, new and import; the only place that exits the process. */
package org.waymark.cli;
