package org.whosaid.nlp;

/**
 * The dependency relation names the extraction reads, as CoreNLP writes Universal Dependencies v2
 * ({@code obj}, not the older {@code dobj}). A name without a subtype also stands for its subtypes
 * where a caller matches by prefix ({@code nsubj} for {@code nsubj:pass}).
 */
public final class Relations {

    public static final String ROOT = "root";
    public static final String NSUBJ = "nsubj";
    public static final String NSUBJ_PASS = "nsubj:pass";
    public static final String CSUBJ = "csubj";
    public static final String EXPL = "expl";
    public static final String OBJ = "obj";
    public static final String IOBJ = "iobj";
    public static final String CCOMP = "ccomp";
    public static final String XCOMP = "xcomp";
    public static final String PARATAXIS = "parataxis";
    public static final String DEP = "dep";
    public static final String OBL = "obl";
    public static final String OBL_TMOD = "obl:tmod";
    public static final String OBL_NPMOD = "obl:npmod";
    public static final String NMOD = "nmod";
    public static final String NMOD_TMOD = "nmod:tmod";
    public static final String NMOD_POSS = "nmod:poss";
    public static final String ADVMOD = "advmod";
    public static final String ADVCL = "advcl";
    public static final String CONJ = "conj";
    public static final String ACL = "acl";
    public static final String ACL_RELCL = "acl:relcl";
    public static final String APPOS = "appos";
    public static final String COMPOUND = "compound";
    public static final String COMPOUND_PRT = "compound:prt";
    public static final String AMOD = "amod";
    public static final String AUX = "aux";
    public static final String AUX_PASS = "aux:pass";
    public static final String COP = "cop";
    public static final String CASE = "case";
    public static final String DET = "det";
    public static final String MARK = "mark";
    public static final String CC = "cc";
    public static final String FLAT = "flat";
    public static final String PUNCT = "punct";

    private Relations() {}

    /**
     * @param relation a relation name, perhaps with a subtype ({@code nsubj:pass})
     * @return its universal part ({@code nsubj})
     */
    public static String universal(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
