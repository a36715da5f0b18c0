/** The records that describe a site's content once it has been read and checked. */
package org.waymark.model;
