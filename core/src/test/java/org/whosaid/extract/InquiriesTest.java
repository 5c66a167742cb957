package org.whosaid.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.nlp.Linguistics;
import org.whosaid.nlp.Parsed;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

class InquiriesTest {

    private static final String TEXT =
            "Both committees are looking into the leak. The police have been investigating the"
                    + " break-in. The mayor said the city was safe after an investigation.";

    private static Statement withCue(String cue, String content) {
        int c = TEXT.indexOf(cue);
        int w = TEXT.indexOf(content);
        return new Statement(
                Kind.INDIRECT,
                null,
                Span.of(TEXT, c, c + cue.length()),
                List.of(Span.of(TEXT, w, w + content.length())),
                null,
                0,
                "learned-tagger");
    }

    @Test
    void aVerbOfInquiryIsNoStatementAVerbOfSpeakingIs() {
        Parsed doc = Linguistics.shared().parse(TEXT, null);
        Inquiries inquiries = Inquiries.standard();
        assertTrue(inquiries.inquires(doc, withCue("are looking into", "the leak")));
        assertTrue(inquiries.inquires(doc, withCue("have been investigating", "the break-in")));
        assertFalse(inquiries.inquires(doc, withCue("said", "the city was safe after an investigation")));
        assertTrue(inquiries.inquires(doc, withCue("looking", "into the leak")), "a cue short of its particle");
        assertFalse(inquiries.inquires(doc, withCue("Both committees are", "looking into the leak")));
    }
}
