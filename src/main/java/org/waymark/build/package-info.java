/** The build pipeline: orders the stages load, render, check and commit, for the whole site or, in the preview, for the pages an edit changed. */
package org.waymark.build;
