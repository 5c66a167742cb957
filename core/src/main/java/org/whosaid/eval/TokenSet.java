package org.whosaid.eval;

import java.util.BitSet;

/** A set of token indices of one article; immutable. */
public final class TokenSet {

    /** The empty set. */
    public static final TokenSet EMPTY = new TokenSet(new BitSet());

    private final BitSet bits;

    private TokenSet(BitSet bits) {
        this.bits = bits;
    }

    /**
     * @param bits token indices (copied)
     * @return the set
     */
    static TokenSet of(BitSet bits) {
        return bits.isEmpty() ? EMPTY : new TokenSet((BitSet) bits.clone());
    }

    /** @return the number of tokens */
    public int size() {
        return bits.cardinality();
    }

    /** @return whether there is no token */
    public boolean isEmpty() {
        return bits.isEmpty();
    }

    /**
     * @param other another set of the same article
     * @return the number of tokens in both
     */
    public int overlap(TokenSet other) {
        BitSet both = (BitSet) bits.clone();
        both.and(other.bits);
        return both.cardinality();
    }

    /**
     * @param sets sets of the same article
     * @return their union
     */
    public static TokenSet union(Iterable<TokenSet> sets) {
        BitSet all = new BitSet();
        for (TokenSet s : sets) {
            all.or(s.bits);
        }
        return of(all);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenSet t && bits.equals(t.bits);
    }

    @Override
    public int hashCode() {
        return bits.hashCode();
    }

    @Override
    public String toString() {
        return bits.toString();
    }
}
