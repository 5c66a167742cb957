/** The REST API and the web page over a whosaid store. */
package org.whosaid.server;
