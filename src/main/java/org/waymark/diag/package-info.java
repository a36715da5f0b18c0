/** Problems found in a site, each with the file and place it comes from and what to do about it. */
package org.waymark.diag;
