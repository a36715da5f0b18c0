/** YAML read into a tree that remembers the line and column of every key and value, and typed reads from it. */
package org.waymark.yaml;
