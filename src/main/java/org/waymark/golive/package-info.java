/** What is left to do before a site goes live: the to-do list that {@code waymark check} prints. */
package org.waymark.golive;
