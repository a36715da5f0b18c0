/** Browser tests: the built example site checked in headless Chromium, page type by page type. */
package org.waymark.browser;
