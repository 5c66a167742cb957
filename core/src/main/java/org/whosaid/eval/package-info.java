/**
 * Evaluation against PolNeAR-style gold annotations: brat reading, span normalisation, tokenisation,
 * one-to-one matching of statements and the precision, recall and F1 figures of the reference scorer
 * {@code score.py}, computed the same way to the last digit.
 *
 * <p>Offsets here are code point indices, as in brat files and in {@code score.py}; they equal Java
 * {@code String} indices for text without characters outside the Basic Multilingual Plane.
 */
package org.whosaid.eval;
