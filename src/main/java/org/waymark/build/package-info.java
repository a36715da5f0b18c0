/** The build pipeline: orders the stages load, render, check and write, and nothing else. */
package org.waymark.build;
