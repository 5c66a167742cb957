package org.whosaid.result;

/**
 * Where an extracted article came from: a corpus job writes one of these beside each result, so
 * that the results can be stored later in input order and under the names a direct ingest gives.
 *
 * @param id the article's id, as in its result
 * @param input the input file, as named on the command line or listed from a folder
 * @param inputNumber the input's position among the job's inputs, from 1
 * @param articleNumber the article's position in its input, from 1
 * @param origin where exactly it was read (file, and record within it), as readers name it
 * @param contentHash SHA-256 of the article text, hex: the store's key for the text
 */
public record ArticleSource(
        String id, String input, int inputNumber, int articleNumber, String origin, String contentHash) {}
