/** Checks the rendered site's HTML against its rules: links, privacy, unsafe addresses, phone links and accessibility. */
package org.waymark.check;
