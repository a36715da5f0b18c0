/**
 * The UK phone numbers a site may publish, as libphonenumber and Ofcom's list of drama numbers define them, each with
 * the form the site shows and the {@code tel:} link a phone can dial.
 */
package org.waymark.phone;
