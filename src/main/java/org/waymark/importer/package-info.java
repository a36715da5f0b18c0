/** Turns a spreadsheet of an action plan, saved as CSV, into the plan's plan.yml. */
package org.waymark.importer;
