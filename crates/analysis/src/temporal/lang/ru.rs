//! Russian: month and weekday names (in the cases dates use), explicit and relative dates.

use crate::temporal::grammar::{Lexicon, Rule};
use crate::temporal::make::*;
use crate::temporal::value::{Lean, Unit};

pub static LEXICON: Lexicon = Lexicon {
    months: &[
        ("января", 1), ("январь", 1), ("январе", 1), ("февраля", 2), ("февраль", 2),
        ("феврале", 2), ("марта", 3), ("март", 3), ("марте", 3), ("апреля", 4),
        ("апрель", 4), ("апреле", 4), ("мая", 5), ("май", 5), ("мае", 5), ("июня", 6),
        ("июнь", 6), ("июне", 6), ("июля", 7), ("июль", 7), ("июле", 7), ("августа", 8),
        ("август", 8), ("августе", 8), ("сентября", 9), ("сентябрь", 9), ("сентябре", 9),
        ("октября", 10), ("октябрь", 10), ("октябре", 10), ("ноября", 11), ("ноябрь", 11),
        ("ноябре", 11), ("декабря", 12), ("декабрь", 12), ("декабре", 12),
    ],
    weekdays: &[
        ("понедельник", 1), ("вторник", 2), ("среду", 3), ("среда", 3), ("четверг", 4),
        ("пятницу", 5), ("пятница", 5), ("субботу", 6), ("суббота", 6), ("воскресенье", 7),
    ],
    numbers: &[
        ("один", 1.0), ("одну", 1.0), ("одна", 1.0), ("два", 2.0), ("две", 2.0),
        ("три", 3.0), ("четыре", 4.0), ("пять", 5.0), ("шесть", 6.0), ("семь", 7.0),
        ("восемь", 8.0), ("девять", 9.0), ("десять", 10.0), ("двадцать", 20.0),
        ("несколько", -1.0),
    ],
    units: &[
        ("секунду", Unit::Second), ("секунд", Unit::Second), ("минуту", Unit::Minute),
        ("минуты", Unit::Minute), ("минут", Unit::Minute), ("час", Unit::Hour),
        ("часа", Unit::Hour), ("часов", Unit::Hour), ("день", Unit::Day), ("дня", Unit::Day),
        ("дней", Unit::Day), ("неделю", Unit::Week), ("недели", Unit::Week),
        ("недель", Unit::Week), ("неделе", Unit::Week), ("месяц", Unit::Month),
        ("месяца", Unit::Month), ("месяцев", Unit::Month), ("месяце", Unit::Month),
        ("год", Unit::Year), ("года", Unit::Year), ("лет", Unit::Year), ("году", Unit::Year),
    ],
    day_suffix: "-го",
    dayparts: &[("утром", "MO"), ("днём", "AF"), ("вечером", "EV"), ("ночью", "NI")],
    seasons: &[("весной", "SP"), ("летом", "SU"), ("осенью", "FA"), ("зимой", "WI")],
    ordinals: &[],
};

static DEIXIS: &[(&str, i32)] = &[
    ("позавчера", -2), ("вчера", -1), ("сегодня", 0), ("завтра", 1), ("послезавтра", 2),
];

pub static RULES: &[Rule] = &[
    Rule {
        name: "date/ru/day-month-year",
        pattern: r"{day}\s+{month}\s+{year}(?:\s+года|\s+г\.)?",
        example: "19 декабря 2022 года",
        build: date,
    },
    Rule {
        name: "date/ru/day-month",
        pattern: r"{day}\s+{month}",
        example: "19 декабря",
        build: date,
    },
    Rule {
        name: "date/ru/month-year",
        pattern: r"{month}\s+{year}(?:\s+года|\s+г\.)?",
        example: "декабре 2022 года",
        build: date,
    },
    Rule {
        name: "date/ru/ago",
        pattern: r"{num}\s+{unit}\s+назад",
        example: "три дня назад",
        build: |c| shifted(c, -1),
    },
    Rule {
        name: "date/ru/relative-unit",
        pattern: r"(?:прошлой|следующей|этой|будущей)\s+неделе|(?:прошлом|следующем|этом|будущем)\s+(?:месяце|году)",
        example: "прошлой неделе",
        build: relative_by_words,
    },
    Rule {
        name: "date/ru/deictic-day",
        pattern: r"(?:позавчера|послезавтра|вчера|сегодня|завтра)",
        example: "вчера",
        build: |c| deictic(c, DEIXIS),
    },
    Rule {
        name: "date/ru/weekday",
        pattern: r"{weekday}",
        example: "вторник",
        build: |c| weekday(c, Lean::Nearest),
    },
    Rule {
        name: "date/ru/month",
        pattern: r"{month}",
        example: "декабре",
        build: bare_month,
    },
];
