/**
 * Starter files for an editor to fill in: a new partnership's site ({@code waymark init}), a service, a page, a progress
 * report ({@code waymark new}), the built-in theme to change ({@code waymark theme copy}).
 */
package org.waymark.scaffold;
