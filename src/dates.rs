//! Dates and days, computed in one place: calendar dates as profiles write them, days of the
//! year, Unix time to a civil date and back, and the W3C date-time a DOCX carries.

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// 1–12.
    pub month: u8,
    /// 1–31.
    pub day: u8,
}

/// The first and last Unix time a document can carry: 1980-01-01 to 2107-12-31, what the zip
/// format's DOS time can hold (a W3C date in `core.xml` could hold more).
pub const TIMESTAMP_RANGE: std::ops::RangeInclusive<i64> = 315_532_800..=4_354_819_199;

/// The number of days in `month` of `year`, or `None` for a month outside 1–12.
pub fn days_in_month(year: i32, month: u8) -> Option<u8> {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    Some(match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    })
}

impl Date {
    /// Parses `YYYY-MM-DD`, a date that exists.
    pub fn parse(text: &str) -> Option<Date> {
        let mut it = text.trim().split('-');
        let (y, m, d) = (it.next()?, it.next()?, it.next()?);
        if it.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let (year, month, day): (i32, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        (day >= 1 && day <= days_in_month(year, month)?).then_some(Date { year, month, day })
    }

    /// The date `days` days after 1970-01-01 (before it, if negative).
    pub fn from_days(days: i64) -> Date {
        Moment::from_unix(days * 86_400).date
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        self.timestamp().div_euclid(86_400)
    }

    /// The date `n` days later (earlier, if negative).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// The same day `n` months later, or the month's last day when it is shorter (31 January and
    /// one month: 28 or 29 February).
    pub fn add_months(self, n: i64) -> Date {
        let months = i64::from(self.year) * 12 + i64::from(self.month) - 1 + n;
        let year = months.div_euclid(12) as i32;
        let month = (months.rem_euclid(12) + 1) as u8;
        let last = days_in_month(year, month).unwrap_or(28);
        Date {
            year,
            month,
            day: self.day.min(last),
        }
    }

    /// The day of the week, 1 for Monday to 7 for Sunday (1970-01-01 was a Thursday).
    pub fn weekday(self) -> u8 {
        ((self.days() + 3).rem_euclid(7) + 1) as u8
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Seconds since 1970 at 00:00 UTC of this date.
    pub fn timestamp(self) -> i64 {
        // Days from civil (Howard Hinnant).
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let (y2, m2) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
        let era = y2.div_euclid(400);
        let yoe = y2 - era * 400;
        let doy = (153 * m2 + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        (era * 146_097 + doe - 719_468) * 86_400
    }
}

/// A day of the year, "MM-DD": any day of a leap year.
pub fn parse_month_day(text: &str) -> Option<(u8, u8)> {
    let (m, d) = text.split_once('-')?;
    if m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (month, day): (u8, u8) = (m.parse().ok()?, d.parse().ok()?);
    (day >= 1 && day <= days_in_month(2024, month)?).then_some((month, day))
}

/// A moment in UTC, to the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    /// The date.
    pub date: Date,
    /// Hour, minute and second.
    pub time: (u8, u8, u8),
}

impl Moment {
    /// The moment `t` seconds after 1970-01-01 00:00 UTC.
    pub fn from_unix(t: i64) -> Moment {
        let days = t.div_euclid(86_400);
        let secs = t.rem_euclid(86_400);
        // Howard Hinnant's days-from-civil, inverted.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Moment {
            date: Date { year, month, day },
            time: (
                (secs / 3600) as u8,
                (secs % 3600 / 60) as u8,
                (secs % 60) as u8,
            ),
        }
    }

    /// The W3C date-time: `2026-06-26T00:00:00Z`.
    pub fn w3c(self) -> String {
        let (d, (h, m, s)) = (self.date, self.time);
        format!(
            "{:04}-{:02}-{:02}T{h:02}:{m:02}:{s:02}Z",
            d.year, d.month, d.day
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_time_to_civil_and_back() {
        let at = |t| {
            let m = Moment::from_unix(t);
            ((m.date.year, m.date.month, m.date.day), m.time)
        };
        assert_eq!(at(0), ((1970, 1, 1), (0, 0, 0)));
        assert_eq!(at(1_782_432_000), ((2026, 6, 26), (0, 0, 0)));
        assert_eq!(at(951_782_400 + 3_661), ((2000, 2, 29), (1, 1, 1)));
        let date = Date::parse("2026-06-26").unwrap();
        assert_eq!(date.timestamp(), 1_782_432_000);
        assert_eq!(
            Moment::from_unix(*TIMESTAMP_RANGE.start()).w3c(),
            "1980-01-01T00:00:00Z"
        );
        assert_eq!(
            Moment::from_unix(*TIMESTAMP_RANGE.end()).w3c(),
            "2107-12-31T23:59:59Z"
        );
    }

    #[test]
    fn days_weekdays_and_months() {
        let d = |t: &str| Date::parse(t).unwrap();
        assert_eq!(d("1970-01-01").weekday(), 4);
        assert_eq!(d("2026-12-02").weekday(), 3);
        assert_eq!(d("2027-03-21").weekday(), 7);
        assert_eq!(d("2026-12-30").add_days(3), d("2027-01-02"));
        assert_eq!(d("2027-03-01").add_days(-1), d("2027-02-28"));
        assert_eq!(d("2028-03-01").add_days(-1), d("2028-02-29"));
        assert_eq!(d("2027-01-31").add_months(1), d("2027-02-28"));
        assert_eq!(d("2027-11-15").add_months(3), d("2028-02-15"));
        assert_eq!(d("2027-01-15").add_months(-2), d("2026-11-15"));
        assert_eq!(Date::from_days(d("2026-06-26").days()), d("2026-06-26"));
        assert_eq!(d("2026-06-26").iso(), "2026-06-26");
    }

    #[test]
    fn only_real_dates_parse() {
        assert!(Date::parse("2026-02-29").is_none());
        assert!(Date::parse("2028-02-29").is_some());
        assert!(Date::parse("26-06-2026").is_none());
        assert_eq!(parse_month_day("02-29"), Some((2, 29)));
        assert_eq!(parse_month_day("13-01"), None);
    }
}
