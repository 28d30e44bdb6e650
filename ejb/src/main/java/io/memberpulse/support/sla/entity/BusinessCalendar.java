package io.memberpulse.support.sla.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * When a client's support works: a time zone, opening hours per day of the week (a day without an entry is
 * closed) and holidays. No hours at all means around the clock, every day but the holidays.
 */
public record BusinessCalendar(ZoneId zone, Map<DayOfWeek, OpenHours> week, Map<LocalDate, String> holidays) {

    public static final BusinessCalendar AROUND_THE_CLOCK = new BusinessCalendar(ZoneId.of("UTC"), Map.of(),
            Map.of());

    public BusinessCalendar {
        week = Map.copyOf(week);
        holidays = Map.copyOf(holidays);
    }

    public boolean aroundTheClock() {
        return week.isEmpty();
    }

    /** One day's opening, in minutes after midnight local time; {@code closes} may be 1440 (midnight after). */
    public record OpenHours(int opens, int closes) {
        public static final int DAY = 24 * 60;

        public OpenHours {
            if (opens < 0 || closes > DAY || opens >= closes) {
                throw new IllegalArgumentException("opening hours run forwards within one day");
            }
        }
    }
}
