package io.memberpulse.support.api.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RequestLogTest {

    @Test
    void theLineReadsAsItDidWhenItWasFormatted() {
        for (long micros : new long[] {0, 7, 42, 999, 1000, 12_005, 12_345, 1_002_003, 60_000_070}) {
            String formatted = String.format("%s %s %d %d.%03dms cid=%s", "POST", "/api/support/tickets", 201,
                    micros / 1000, micros % 1000, "c-1");
            assertEquals(formatted, RequestLog.line("POST", "/api/support/tickets", 201, micros, "c-1"));
        }
    }
}
