package org.whosaid.server;

/**
 * The JSON body of {@code POST /api/extract}.
 *
 * @param text the article text (required)
 * @param published publication date (YYYY-MM-DD), against which relative dates resolve; may be null
 * @param id an identifier for the answer; may be null
 * @param title headline; may be null
 * @param url address; may be null
 * @param outlet publisher; may be null
 */
public record ExtractRequest(String text, String published, String id, String title, String url, String outlet) {}
