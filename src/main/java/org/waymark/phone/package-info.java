/** Checking the UK phone numbers that editors publish and turning each into the {@code tel:} link a phone can dial. */
package org.waymark.phone;
