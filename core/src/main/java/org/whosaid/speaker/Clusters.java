package org.whosaid.speaker;

import java.util.List;

/**
 * The article's name mentions grouped into people and organisations.
 *
 * @param mentions the name mentions, in text order
 * @param clusters the entities, in order of first mention
 * @param owner for each mention (same order), the index of its cluster
 */
public record Clusters(List<NameMention> mentions, List<Cluster> clusters, List<Integer> owner) {

    /** Copies the lists so the record stays immutable. */
    public Clusters {
        mentions = List.copyOf(mentions);
        clusters = List.copyOf(clusters);
        owner = List.copyOf(owner);
    }

    /**
     * @param token a document token index
     * @return the index of the mention covering it, or -1
     */
    public int mentionAt(int token) {
        int lo = 0;
        int hi = mentions.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            NameMention m = mentions.get(mid);
            if (token < m.first()) {
                hi = mid - 1;
            } else if (token >= m.last()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * @param token a document token index
     * @return the index of the cluster whose mention covers it, or -1
     */
    public int clusterAt(int token) {
        int m = mentionAt(token);
        return m < 0 ? -1 : owner.get(m);
    }
}
