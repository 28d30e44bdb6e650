package io.memberpulse.support.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemberListCsvTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        List<List<String>> rows = MemberList.Csv.parse("email,name,member_number\r\n"
                + "a@x.org,\"Smith, Ann\",M-1\r\n"
                + "b@x.org,\"Bo \"\"B\"\" Lee\",\"M-2\nsecond line\"\n");
        assertEquals(List.of("email", "name", "member_number"), rows.get(0));
        assertEquals(List.of("a@x.org", "Smith, Ann", "M-1"), rows.get(1));
        assertEquals(List.of("b@x.org", "Bo \"B\" Lee", "M-2\nsecond line"), rows.get(2));
        assertEquals(3, rows.size());
    }

    @Test
    void aByteOrderMarkAndAMissingLastLineEndAreFine() {
        List<List<String>> rows = MemberList.Csv.parse("\uFEFFemail,name,member_number\nc@x.org,Cy,M-3");
        assertEquals("email", rows.get(0).get(0));
        assertEquals(List.of("c@x.org", "Cy", "M-3"), rows.get(1));
    }

    @Test
    void emptyFieldsCount() {
        assertEquals(List.of(List.of("d@x.org", "Di", "", "")), MemberList.Csv.parse("d@x.org,Di,,\n"));
    }
}
