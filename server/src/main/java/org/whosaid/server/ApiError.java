package org.whosaid.server;

/**
 * The body of every error answer of the API.
 *
 * @param error what went wrong, in one line
 * @param status the HTTP status code, repeated
 */
public record ApiError(String error, int status) {}
