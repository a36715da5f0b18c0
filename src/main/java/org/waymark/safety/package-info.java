/** The pages that keep visitors safe and informed: the helplines page and the accessibility statement. */
package org.waymark.safety;
