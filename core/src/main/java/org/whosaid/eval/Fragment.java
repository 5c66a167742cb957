package org.whosaid.eval;

/**
 * One contiguous piece of a span: code points {@code [start, end)}.
 *
 * @param start first code point
 * @param end one past the last
 */
public record Fragment(int start, int end) implements Comparable<Fragment> {

    @Override
    public int compareTo(Fragment o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
